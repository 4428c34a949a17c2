package org.shuangbai.intake;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.shuangbai.Parallel;

/**
 * Runs one read at a time on a worker thread of its own, under a wall-time limit, so a hostile file
 * cannot hang the run. A parser may ignore the interrupt: its daemon thread is then left behind and the
 * next read gets a fresh worker.
 */
final class TimeLimit implements AutoCloseable {
    private final Duration limit;
    private ExecutorService worker;

    TimeLimit(Duration limit) {
        this.limit = limit;
        this.worker = newWorker();
    }

    private static ExecutorService newWorker() {
        return Parallel.daemonPool("shuangbai-intake", 1);
    }

    /**
     * The work's result; {@code timedOut} when the limit passes first (a zero limit gives no time at all,
     * without starting the work), {@code failed} with the cause when the work throws.
     */
    <T> T run(Callable<T> work, Supplier<T> timedOut, Function<Throwable, T> failed) {
        if (limit.isZero() || limit.isNegative()) {
            return timedOut.get();
        }
        Future<T> future = worker.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // the stuck parser may ignore the interrupt: leave its daemon thread behind and start afresh
            worker.shutdownNow();
            worker = newWorker();
            return timedOut.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return failed.apply(e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
