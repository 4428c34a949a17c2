package org.shuangbai.web;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.shuangbai.ledger.WorkspaceLock;

/**
 * One operation at a time on the workspace, as on the command line: the console holds the workspace lock
 * for its whole life and lends it to the thread running the current operation, so the application layer's
 * use cases run unchanged under it. A second operation asked for meanwhile is not queued behind the first
 * one: it is refused with the running one named ({@link Busy}), and the page says what is running and how
 * far it got.
 */
final class Operations implements AutoCloseable {
    /** The work of one operation; reports progress on its job, returns the use case's result. */
    @FunctionalInterface
    interface Work {
        Object run(Job job) throws Exception;
    }

    /** Another operation is running. */
    static final class Busy extends Exception {
        final transient Job running;

        Busy(Job running) {
            super(running.kindName());
            this.running = running;
        }
    }

    private static final int KEPT_JOBS = 50;

    private final WorkspaceLock held;
    private final Clock clock;
    private final PrintStream log;
    private final ExecutorService worker;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final AtomicLong finishedOperations = new AtomicLong();
    private Job running;

    Operations(WorkspaceLock held, Clock clock, PrintStream log) {
        this.held = held;
        this.clock = clock;
        this.log = log;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "shuangbai-console-operation");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts an operation on the console's worker thread; its page follows it through the returned job. */
    Job start(Job.Kind kind, Work work) throws Busy {
        Job job = claim(kind);
        worker.execute(() -> execute(job, work));
        return job;
    }

    /** Runs a short operation on the calling thread (the request waits for it), under the same rule. */
    Job runNow(Job.Kind kind, Work work) throws Busy {
        Job job = claim(kind);
        execute(job, work);
        return job;
    }

    private synchronized Job claim(Job.Kind kind) throws Busy {
        if (running != null) {
            throw new Busy(running);
        }
        Job job = new Job(ids.incrementAndGet(), kind, clock.instant());
        running = job;
        jobs.put(job.id(), job);
        for (Iterator<Long> it = jobs.keySet().iterator(); jobs.size() > KEPT_JOBS && it.hasNext(); ) {
            it.next();
            it.remove();
        }
        return job;
    }

    private void execute(Job job, Work work) {
        try (WorkspaceLock.Loan loan = held.lend()) {
            Object result = work.run(job);
            job.finish(result, clock.instant());
        } catch (Exception e) {
            job.fail(Failures.lines(e, log), clock.instant());
        } catch (Error e) {
            job.fail(Failures.lines(new IllegalStateException(e), log), clock.instant());
            throw e;
        } finally {
            finishedOperations.incrementAndGet();
            synchronized (this) {
                running = null;
            }
        }
    }

    synchronized Optional<Job> running() {
        return Optional.ofNullable(running);
    }

    synchronized Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Counts finished operations: a view computed before the count changed may be stale. */
    long finished() {
        return finishedOperations.get();
    }

    /** Lets a running operation finish (each file of an ingest is its own transaction anyway), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
