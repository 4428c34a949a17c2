package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

class RunDemoTest {
    @TempDir
    Path dir;

    @Test
    void anEarlierDemosTreesAreMovedAsideAndDeletedWhileTheKeyStays() throws Exception {
        Workspace demo = new Workspace(dir.resolve("demo"));
        Files.createDirectories(demo.outputDir().resolve("reports"));
        Files.writeString(demo.outputDir().resolve("reports/old.pdf"), "old");
        Files.createDirectories(demo.ledgerDir());
        Files.writeString(demo.ledgerDir().resolve("ledger.db"), "old");
        Files.createDirectories(demo.privateDir());
        Files.writeString(demo.keyFile(), "key");
        // what an earlier run left undeleted
        Files.createDirectories(demo.privateDir().resolve("discarded/run1/input"));
        Files.writeString(demo.privateDir().resolve("discarded/run1/input/a.xlsx"), "old");

        Thread deleting = RunDemo.discardEarlierRun(demo);
        assertNotNull(deleting);
        assertFalse(Files.exists(demo.outputDir()), "out of the way before the thread is done");
        assertFalse(Files.exists(demo.ledgerDir()));
        deleting.join();

        assertFalse(Files.exists(demo.privateDir().resolve("discarded")));
        assertEquals("key", Files.readString(demo.keyFile()));
        assertNull(RunDemo.discardEarlierRun(demo), "nothing to delete");
        assertTrue(Files.isDirectory(demo.privateDir()));
    }
}
