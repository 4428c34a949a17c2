package org.shuangbai.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The 64-bit hashes met so far, in a heap that does not grow with them: up to {@link #inMemory} live in a
 * {@link LongHashSet}; when it is full they are sorted and written to a temporary file (a run), which is
 * then searched through a memory map (outside the Java heap, in the operating system's file cache).
 * Runs are merged into one when there are more than {@link #MAX_RUNS}. Closing deletes the files.
 */
final class SeenHashes implements AutoCloseable {
    static final int MAX_RUNS = 8;

    private final int inMemory;
    private LongHashSet memory = new LongHashSet();
    private final List<Run> runs = new ArrayList<>();

    /** A sorted run of hashes on disk. */
    private record Run(Path file, FileChannel channel, LongBuffer hashes) {
        boolean contains(long h) {
            int lo = 0;
            int hi = hashes.limit() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long v = hashes.get(mid);
                if (v < h) {
                    lo = mid + 1;
                } else if (v > h) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    SeenHashes(int inMemory) {
        this.inMemory = inMemory;
    }

    /** Adds the hash; false when it was met before. */
    boolean add(long hash) {
        long h = LongHashSet.stored(hash);
        for (Run r : runs) {
            if (r.contains(h)) {
                return false;
            }
        }
        if (!memory.add(h)) {
            return false;
        }
        if (memory.size() >= inMemory) {
            spill();
        }
        return true;
    }

    private void spill() {
        long[] sorted = memory.toSortedArray();
        memory = new LongHashSet();
        int[] i = {0};
        runs.add(write(sorted.length, () -> sorted[i[0]++]));
        if (runs.size() > MAX_RUNS) {
            merge();
        }
    }

    /** All runs into one by a k-way merge written straight to disk (each run is sorted already). */
    private void merge() {
        List<Run> old = new ArrayList<>(runs);
        int total = old.stream().mapToInt(r -> r.hashes().limit()).sum();
        int[] at = new int[old.size()];
        Run merged = write(total, () -> {
            int best = -1;
            for (int i = 0; i < old.size(); i++) {
                if (at[i] < old.get(i).hashes().limit()
                        && (best < 0 || old.get(i).hashes().get(at[i]) < old.get(best).hashes().get(at[best]))) {
                    best = i;
                }
            }
            return old.get(best).hashes().get(at[best]++);
        });
        close();
        runs.clear();
        runs.add(merged);
    }

    /** Where a run's hashes come from, in ascending order. */
    @FunctionalInterface
    private interface Ascending {
        long next();
    }

    private static Run write(int count, Ascending hashes) {
        try {
            Path file = Files.createTempFile("shuangbai-seen-", ".bin");
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                var buf = java.nio.ByteBuffer.allocate(1 << 16).order(ByteOrder.nativeOrder());
                for (int n = 0; n < count; n++) {
                    if (!buf.hasRemaining()) {
                        buf.flip();
                        out.write(buf);
                        buf.clear();
                    }
                    buf.putLong(hashes.next());
                }
                buf.flip();
                out.write(buf);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            LongBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, (long) count * Long.BYTES)
                    .order(ByteOrder.nativeOrder()).asLongBuffer();
            return new Run(file, channel, mapped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Run r : runs) {
            try {
                r.channel().close();
                Files.deleteIfExists(r.file());
            } catch (IOException ignored) {
                // a temporary file the system will clear
            }
        }
    }

    /** How many runs are on disk (for tests). */
    int runs() {
        return runs.size();
    }
}
