package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.cli.ExitCode;
import org.shuangbai.cli.Main;

/** The demo's way of generating, the bodies' workbooks beside the units' forms, against `generate` of all. */
class GenerateFormsTest {
    @TempDir
    Path dir;

    private Workspace workspace(String name) throws Exception {
        Path ws = dir.resolve(name);
        assertEquals(ExitCode.OK, Main.run("init", ws.toString()));
        Workspace workspace = new Workspace(ws);
        Files.createDirectories(workspace.privateDir());
        Files.writeString(workspace.keyFile(), "0123456789abcdef0123456789abcdef"); // the same in both
        return workspace;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void theBodiesMadeBesideTheUnitsGiveTheSameWorkbooksAndCountsAsAllAtOnce() throws Exception {
        Workspace together = workspace("together");
        GenerateResult all = GenerateForms.run(together, GenerateRequest.all(), new GenerateForms.Progress() { });

        Workspace beside = workspace("beside");
        ExecutorService side = Parallel.daemonPool("test-side", 1);
        GenerateResult split;
        try {
            split = GenerateForms.unitsBeside(beside,
                    GenerateForms.bodiesBeside(beside, Plans.load(beside), side));
        } finally {
            side.shutdown();
        }

        assertEquals(new GenerateResult(all.units(), all.workbooks(), beside.distributionDir(), all.bodies()), split);
        assertTrue(all.bodies() > 0 && all.units() > 0, all::toString);
        List<Path> files = files(together.distributionDir());
        assertEquals(all.workbooks(), files.size());
        assertEquals(files, files(beside.distributionDir()));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(together.distributionDir().resolve(f)),
                    Files.readAllBytes(beside.distributionDir().resolve(f)), f.toString());
        }
    }
}
