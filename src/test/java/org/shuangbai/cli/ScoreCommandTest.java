package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static Path workspaceWithBundledPlan(Path dir) throws Exception {
        Path plan = Files.createDirectories(dir.resolve("input/plan"));
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, plan.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

    @Test
    void scoreWithNothingReturnedListsEveryUnitAsNotScored(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithBundledPlan(dir);
        assertEquals(ExitCode.OK, Main.run("score", "-w", ws.toString()));
        Path results = ws.resolve("output/results");
        for (String f : List.of("results.csv", "indicators.csv", "results.xlsx", "rules.txt")) {
            assertTrue(Files.isRegularFile(results.resolve(f)), f);
        }
        List<String> lines = Files.readAllLines(results.resolve("results.csv"), StandardCharsets.UTF_8);
        // 91 units × 2 systems, each listed as 评分表未交 with an empty total, never 0.
        assertEquals(1 + 91 * 2, lines.size());
        assertTrue(lines.get(1).startsWith("S01,朝外街道办事处,街乡,效能监察,评分表未交,,"), lines.get(1));
        assertFalse(Files.exists(ws.resolve("ledger/ledger.db")), "score must not create a ledger");
        assertTrue(Files.readString(results.resolve("rules.txt")).contains("先进单位：按指标体系、分组分别评选"));
    }

    @Test
    void invalidPlanStopsScoring(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithBundledPlan(dir);
        Files.writeString(ws.resolve("input/plan/settings.properties"),
                Files.readString(ws.resolve("input/plan/settings.properties")).replace("scoring.decimals = 2", "scoring.decimals = x"));
        assertEquals(ExitCode.PLAN_INVALID, Main.run("score", "-w", ws.toString()));
        assertFalse(Files.exists(ws.resolve("output/results/results.csv")));
    }
}
