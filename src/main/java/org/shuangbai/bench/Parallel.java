package org.shuangbai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one task per index on a fixed pool of threads (1 = the calling thread only). */
final class Parallel {
    interface Task {
        void run(int index) throws Exception;
    }

    private Parallel() {
    }

    static void forEach(int count, int threads, Task task) throws Exception {
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                task.run(i);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
