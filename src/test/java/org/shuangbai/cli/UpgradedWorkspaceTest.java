package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Defaults;
import org.shuangbai.Workspace;

/**
 * A workspace made by an earlier version keeps `init`'s copies of that version's templates and designs. An
 * unedited copy must give way to the running version's file (else an upgrade never reaches the office's
 * documents), and `plan check` says so; a copy the office edited keeps winning.
 */
class UpgradedWorkspaceTest {
    private static final String TEMPLATE = "templates/instructions-score.vm";

    @TempDir
    Path tmp;

    @Test
    void anUneditedCopyOfAnEarlierVersionGivesWayAndPlanCheckSaysSo() throws Exception {
        Path ws = initWithOldTemplate("");
        Workspace workspace = new Workspace(ws);

        assertEquals(List.of(TEMPLATE), Defaults.outdatedCopies(workspace));
        assertTrue(Defaults.own(workspace, TEMPLATE).isEmpty());
        assertEquals(bundled(), read(workspace));
        CliRunner.Result check = CliRunner.run("plan", "check", "-w", ws.toString());
        assertEquals(ExitCode.OK, check.exitCode(), check.err());
        assertTrue(check.out().contains("注意：工作目录中的 " + TEMPLATE + " 是旧版程序自带文件的未修改副本，现改用本版自带的文件。"),
                check.out());
    }

    @Test
    void anEditedCopyKeepsWinning() throws Exception {
        Path ws = initWithOldTemplate("## 本区修改：第七条加报送邮箱\n");
        Workspace workspace = new Workspace(ws);

        assertEquals(List.of(), Defaults.outdatedCopies(workspace));
        assertEquals(Files.readString(ws.resolve(TEMPLATE)), read(workspace));
        CliRunner.Result check = CliRunner.run("plan", "check", "-w", ws.toString());
        assertEquals(ExitCode.OK, check.exitCode(), check.err());
        assertFalse(check.out().contains("未修改副本"), check.out());
    }

    @Test
    void aCopyOfTheRunningVersionIsNoOutdatedCopy() throws Exception {
        Path ws = tmp.resolve("fresh");
        assertEquals(ExitCode.OK, CliRunner.run("init", ws.toString()).exitCode());
        assertEquals(List.of(), Defaults.outdatedCopies(new Workspace(ws)));
    }

    /** A fresh workspace whose score instructions are the version of 2026-11 (from the repository's history). */
    private Path initWithOldTemplate(String edit) throws Exception {
        Path ws = tmp.resolve("2009");
        assertEquals(ExitCode.OK, CliRunner.run("init", ws.toString()).exitCode());
        try (InputStream old = getClass().getResourceAsStream("/upgrade/instructions-score.vm")) {
            Files.writeString(ws.resolve(TEMPLATE), new String(old.readAllBytes(), StandardCharsets.UTF_8) + edit);
        }
        return ws;
    }

    private static String read(Workspace workspace) throws Exception {
        try (InputStream in = Defaults.open(workspace, TEMPLATE).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String bundled() throws Exception {
        return Files.readString(Path.of(TEMPLATE));
    }
}
