package org.shuangbai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent work (a unit's workbooks, a document) on all cores and returns results in input
 * order, so parallel output is the same as sequential output. The first failure is rethrown as the
 * task threw it.
 */
public final class Parallel {
    /** Work on one item that may fail with a checked exception of type E. */
    @FunctionalInterface
    public interface Task<T, R, E extends Exception> {
        R apply(T item) throws E;
    }

    private Parallel() {
    }

    /** @throws IOException also when interrupted while waiting for the workers */
    public static <T, R, E extends Exception> List<R> map(List<T> items, Task<T, R, E> task) throws E, IOException {
        int threads = Math.min(items.size(), cores());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(task.apply(item));
            }
            return out;
        }
        ExecutorService pool = daemonPool("shuangbai-worker", threads);
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            return Parallel.<R, E>results(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The results of tasks that throw only E or unchecked exceptions, in the order given; the first failure
     * in that order comes out as thrown (the caller stops the rest).
     *
     * @throws IOException when interrupted while waiting
     */
    public static <R, E extends Exception> List<R> results(List<Future<R>> futures) throws E, IOException {
        List<R> out = new ArrayList<>(futures.size());
        try {
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw Parallel.<E>rethrow(e.getCause());
        }
    }

    /** The cores this JVM may use (at least one). */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A fixed pool of daemon threads with this name: a task stuck in a hostile file never keeps the program
     * from exiting, and the name tells the threads apart in a thread dump.
     */
    public static ExecutorService daemonPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts {@code work} on a daemon thread of its own and returns at once: something slow to load that a
     * later step needs, started ahead beside work that needs none of it (the step then finds it done or
     * waits for the same load). The thread never keeps the program from exiting.
     */
    public static void ahead(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The result of work that throws nothing checked; its own unchecked exception or error comes out as
     * thrown (a checked one, which it cannot throw, and an interrupted wait as IllegalStateException).
     */
    public static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Exception checked = Parallel.<Exception>rethrow(e.getCause());
            throw new IllegalStateException(checked);
        }
    }

    /** The task's own exception: only E or an unchecked one can come out of {@link Task#apply}. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return (E) cause;
    }
}
