package org.shuangbai.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.tables.ImportLimits;
import org.shuangbai.tables.RawFiles;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/** The bounded set of hashes answers exactly as an unbounded set, however often it goes to disk. */
class SeenHashesTest {
    @TempDir
    Path dir;

    @Test
    void spillingAndMergingNeverChangeTheAnswer() {
        SplittableRandom random = new SplittableRandom(7);
        Set<Long> exact = new HashSet<>();
        try (SeenHashes seen = new SeenHashes(500)) {
            for (int i = 0; i < 20_000; i++) {
                long h = random.nextInt(9_000) * 0x9E3779B97F4A7C15L; // many repeats, zero among them
                assertEquals(exact.add(LongHashSet.stored(h)), seen.add(h), "hash " + h + " at " + i);
            }
            assertTrue(seen.runs() >= 1 && seen.runs() <= SeenHashes.MAX_RUNS, "runs: " + seen.runs());
        }
    }

    @Test
    void anImportThatSpillsTalliesAsOneThatDoesNot() throws Exception {
        Plan plan = PlanLoader.load(Path.of("input/plan"));
        EvaluationRules rules = EvaluationRulesReader.load(Path.of("input/plan"), plan);
        StringBuilder csv = new StringBuilder("被测评单位,问卷编号,选项,填写时间,题目,调查对象\n");
        SplittableRandom random = new SplittableRandom(11);
        String[] answers = {"满意", "基本满意", "不满意", "不了解"};
        for (int i = 0; i < 30_000; i++) {
            csv.append(plan.units().get(random.nextInt(plan.units().size())).code()).append(",Q")
                    .append(random.nextInt(300)).append(',').append(answers[random.nextInt(4)])
                    .append(",2009-10-2").append(random.nextInt(10)).append(",题").append(random.nextInt(5)).append(",企业\n");
        }
        Path f = dir.resolve("my.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        var raw = RawFiles.inspect(f, ImportLimits.DEFAULT);
        List<RowNote> a = new ArrayList<>();
        List<RowNote> b = new ArrayList<>();
        ImportTally big = RatingImport.run(raw, rules, plan, null, ImportLimits.DEFAULT, a::add, 1 << 20);
        ImportTally small = RatingImport.run(raw, rules, plan, null, ImportLimits.DEFAULT, b::add, 300);
        assertEquals(big.counts(), small.counts());
        assertEquals(big.tallies(), small.tallies());
        assertEquals(a, b);
        assertTrue(big.counts().repeats() > 1000, big.counts().toString());
    }
}
