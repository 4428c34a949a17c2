package org.shuangbai.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Two views of the heap while a case runs. {@link #peakAfterGcBytes()}: the largest heap occupancy a
 * whole-heap collection left behind, which is what the case keeps reachable; this is the figure compared
 * across N. Only whole-heap (major) collections count: after a young collection the old generation still
 * holds every object promoted since the last full one, dead or not, so with the serial collector that
 * figure tracked how full the old generation had grown (at N=10,000 about 400 MB of it, against about
 * 220 MB live). So that a run has such samples however rarely the collector needs one, the monitor asks
 * for one every {@link #SAMPLE_SECONDS} seconds while a window is open (each a stop of well under a
 * second, on the real case and its baseline alike). The JVM drops such a request while native code holds
 * an array (the GC locker: zlib deflating a PDF or an Office file, nearly always on one of the render's
 * two threads), without a word: in a render at 1,000 units three of five requests in a row came to
 * nothing, so a sample is asked for again every {@link #RETRY_MILLIS} ms until a whole-heap collection
 * has run (at most {@link #RETRIES} times). The children run with {@link Bench#NO_DEAD_WOOD}, so that a
 * whole-heap collection leaves no garbage in place and its figure is the live objects alone.
 * {@link #peakUsedBytes()}: the sum of the heap pools'
 * high-water marks (garbage included), an upper bound that mostly reflects the heap size the JVM chose.
 */
final class HeapMonitor implements NotificationListener, AutoCloseable {
    static final int SAMPLE_SECONDS = 10;
    static final int RETRY_MILLIS = 100;
    static final int RETRIES = 50;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
    });

    HeapMonitor() {
        start();
        sampler.scheduleAtFixedRate(HeapMonitor::sample, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Asks for a whole-heap collection until one has run (or {@link #RETRIES} requests were dropped). */
    static void sample() {
        for (int i = 0; i < RETRIES; i++) {
            long before = wholeHeapCollections();
            System.gc();
            if (wholeHeapCollections() > before) {
                return;
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the monitor is closing
                return;
            }
        }
    }

    /**
     * Whole-heap collections so far: the serial collector's MarkSweepCompact (that of jvm.options), the
     * parallel one's PS MarkSweep, G1's Old Generation; read as they are counted, unlike the
     * notifications, which arrive later on another thread.
     */
    static long wholeHeapCollections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("MarkSweep") || gc.getName().contains("Old")) {
                n += gc.getCollectionCount();
            }
        }
        return n;
    }

    /** Starts a new window: collects garbage left by earlier work, then resets both peaks. */
    void start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        peakAfterGc.set(usedNow());
    }

    private static long usedNow() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!"end of major GC".equals(info.getGcAction())) {
            return;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    long peakUsedBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
