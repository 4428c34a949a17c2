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
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(task.apply(item));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "shuangbai-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw Parallel.<E>rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
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
