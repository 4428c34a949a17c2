package org.shuangbai.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JRException;

/**
 * A render's letters, taken in order by one task per core, and the files they wrote, kept as their names in
 * the letters' folder.
 *
 * <p>Queued as one task each, N letters held N futures, N queued tasks and, once written, 2N paths until
 * the render returned: about 350 bytes a file (a path's bytes, its string, its name offsets), 7 MB at 10,000
 * units, a third of what the render's heap grew from 1,000 units to 10,000. A file's name is a tenth of that;
 * its path is made again when the list is read.
 *
 * <p>The first failure in letter order is the one reported, as when each letter was a task of its own: the
 * letters are taken in order, and once one fails no later one is started, so every letter before the
 * failing one was written or failed too.
 */
final class LetterFiles {
    /** One letter written: its files, in the letters' folder. */
    @FunctionalInterface
    interface Letter {
        List<Path> write(int index) throws IOException, JRException, DesignException;
    }

    private final Path folder;
    private final int count;
    private final int perLetter;
    /** Letter i's files' names at [i * perLetter, (i + 1) * perLetter). */
    private final String[] names;
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean failed;
    /** The failure of the first letter in order that failed (guarded by this). */
    private Exception failure;
    private int failedAt = Integer.MAX_VALUE;

    /** {@code count} letters of {@code perLetter} files each (a PDF and a Word document), all in {@code folder}. */
    LetterFiles(Path folder, int count, int perLetter) {
        this.folder = folder;
        this.count = count;
        this.perLetter = perLetter;
        this.names = new String[count * perLetter];
    }

    /** How many tasks are worth starting on {@code cores}: one per core, no more than there are letters. */
    int tasks(int cores) {
        return Math.min(cores, count);
    }

    /**
     * Writes letters, the next one not yet taken each time, until none is left, one has failed or the thread
     * is interrupted (the render is being stopped). A task of the render's pool; returns nothing.
     */
    List<Path> take(Letter letter) {
        for (int i; !failed && !Thread.currentThread().isInterrupted() && (i = next.getAndIncrement()) < count; ) {
            try {
                List<Path> written = letter.write(i);
                if (written.size() != perLetter) {
                    throw new IllegalStateException("letter " + (i + 1) + " wrote " + written.size() + " files, not " + perLetter);
                }
                for (int f = 0; f < perLetter; f++) {
                    Path file = written.get(f);
                    if (!folder.equals(file.getParent())) {
                        throw new IllegalStateException(file + " is not in " + folder);
                    }
                    names[i * perLetter + f] = file.getFileName().toString();
                }
            } catch (IOException | JRException | DesignException | RuntimeException e) {
                fail(i, e);
            }
        }
        return List.of();
    }

    private synchronized void fail(int index, Exception e) {
        failed = true;
        if (index < failedAt) {
            failedAt = index;
            failure = e;
        }
    }

    /**
     * {@code head} followed by every letter's files in letter order, once every task has returned; the first
     * letter's failure in letter order, as thrown, if one failed.
     */
    List<Path> after(List<Path> head) throws IOException, JRException, DesignException {
        synchronized (this) {
            if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof JRException e) {
                throw e;
            } else if (failure instanceof DesignException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                throw new IllegalStateException("letter " + (i / perLetter + 1) + " of " + count + " was not written");
            }
        }
        return new Files(List.copyOf(head));
    }

    /** The files of a render: the documents before the letters as paths, the letters' made from their names. */
    private final class Files extends AbstractList<Path> implements RandomAccess {
        private final List<Path> head;

        Files(List<Path> head) {
            this.head = head;
        }

        @Override
        public Path get(int index) {
            if (index < head.size()) {
                return head.get(index);
            }
            return folder.resolve(names[index - head.size()]); // out of range: thrown by the array
        }

        @Override
        public int size() {
            return head.size() + names.length;
        }
    }
}
