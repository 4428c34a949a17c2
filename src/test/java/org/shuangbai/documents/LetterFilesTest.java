package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.shuangbai.Parallel;

/** The letters taken by one task per core: their files in letter order, the first failure in that order. */
class LetterFilesTest {
    private static final Path FOLDER = Path.of("/reports/考核结果通知书");

    private static List<Path> files(int index) {
        String name = String.format("S%02d_单位%d", index + 1, index + 1);
        return List.of(FOLDER.resolve(name + ".pdf"), FOLDER.resolve(name + ".docx"));
    }

    /** Runs the letters on {@code tasks} threads as the render does; returns what the render returns. */
    private static List<Path> render(LetterFiles letters, int tasks, LetterFiles.Letter letter) throws Exception {
        ExecutorService pool = Parallel.daemonPool("test-worker", tasks);
        try {
            List<Future<List<Path>>> futures = new ArrayList<>();
            for (int t = letters.tasks(tasks); t > 0; t--) {
                futures.add(pool.submit(() -> letters.take(letter)));
            }
            List<Path> head = new ArrayList<>(List.of(Path.of("/reports/01_通报.pdf"), Path.of("/reports/01_通报.docx")));
            for (Future<List<Path>> f : futures) {
                head.addAll(f.get());
            }
            return letters.after(head);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFilesComeInLetterOrderAfterTheDocumentsBeforeThem() throws Exception {
        LetterFiles letters = new LetterFiles(FOLDER, 3, 2);
        List<Path> all = render(letters, 2, LetterFilesTest::files);
        assertEquals(List.of(Path.of("/reports/01_通报.pdf"), Path.of("/reports/01_通报.docx"),
                Path.of("/reports/考核结果通知书/S01_单位1.pdf"), Path.of("/reports/考核结果通知书/S01_单位1.docx"),
                Path.of("/reports/考核结果通知书/S02_单位2.pdf"), Path.of("/reports/考核结果通知书/S02_单位2.docx"),
                Path.of("/reports/考核结果通知书/S03_单位3.pdf"), Path.of("/reports/考核结果通知书/S03_单位3.docx")), all);
        assertThrows(IndexOutOfBoundsException.class, () -> all.get(8));
    }

    @Test
    void moreCoresThanLettersStartOneTaskALetterAndNoLetterNoTask() throws Exception {
        assertEquals(2, new LetterFiles(FOLDER, 2, 2).tasks(8));
        LetterFiles none = new LetterFiles(FOLDER, 0, 2);
        assertEquals(0, none.tasks(2));
        assertEquals(List.of(Path.of("/reports/01_通报.pdf"), Path.of("/reports/01_通报.docx")), render(none, 2, LetterFilesTest::files));
    }

    @Test
    void theFirstFailureInLetterOrderIsThrownAndNoLetterAfterItStarts() throws Exception {
        for (int run = 0; run < 20; run++) {
            Set<Integer> started = ConcurrentHashMap.newKeySet();
            IOException third = new IOException("letter 3");
            IOException fifth = new IOException("letter 5");
            LetterFiles letters = new LetterFiles(FOLDER, 200, 2);
            IOException thrown = assertThrows(IOException.class, () -> render(letters, 2, i -> {
                started.add(i);
                if (i == 4) {
                    throw fifth;
                }
                if (i == 2) {
                    pause(); // the later letter fails first in time
                    throw third;
                }
                return files(i);
            }));
            assertSame(third, thrown);
            // one task may have taken the next letter before it saw the failure; none went further
            assertTrue(started.stream().allMatch(i -> i <= 5), started::toString);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFileOutsideTheLettersFolderIsAFailureNotAWrongList() {
        LetterFiles letters = new LetterFiles(FOLDER, 1, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> render(letters, 1, i -> List.of(Path.of("/elsewhere/a.pdf"), FOLDER.resolve("a.docx"))));
        assertEquals("/elsewhere/a.pdf is not in /reports/考核结果通知书", e.getMessage());
    }
}
