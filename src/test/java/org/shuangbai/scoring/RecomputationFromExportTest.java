package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.CsvRows;
import org.shuangbai.Workspace;
import org.shuangbai.cli.CliRunner;
import org.shuangbai.cli.ExitCode;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;


/**
 * Issue 4's "done when": from output/export/values.csv and the printed rules alone, a deliberately
 * plain recomputation gives the same totals, grades, ranks and commended units as `score`, unit for
 * unit. The returns come through the real cycle (generate, fill, ingest, export, score) with a second
 * assessor for some units and the sample vetoes.
 */
class RecomputationFromExportTest {
    @TempDir
    Path tmp;

    @Test
    void exportedValuesAndPrintedRulesReproduceEveryResult() throws Exception {
        Path ws = tmp.resolve("ws");
        assertEquals(ExitCode.OK, CliRunner.run("init", ws.toString()).exitCode());
        org.shuangbai.TestPlans.withoutBodies(ws);
        assertEquals(ExitCode.OK, CliRunner.run("generate", "-w", ws.toString(), "--form", "score").exitCode());
        Workspace workspace = new Workspace(ws);
        Plan plan = PlanLoader.load(workspace.planDir());
        FormTexts texts = FormTexts.load(workspace);
        SampleFiller filler = new SampleFiller(plan, texts);
        List<Path> blanks;
        try (Stream<Path> files = Files.walk(workspace.distributionDir())) {
            blanks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(plan.units().size(), blanks.size());
        for (int i = 0; i < blanks.size(); i++) {
            Path blank = blanks.get(i);
            AssessedUnit unit = plan.unit(blank.getFileName().toString().substring(0, 3)).orElseThrow();
            filler.fillSample(blank, workspace.returnedDir().resolve(blank.getFileName()));
            if (i % 3 == 0) {
                // A second assessor whose scores are a little lower: exercises the mean and its rounding.
                Map<FieldKey, String> values = filler.sampleValues(FormLayouts.build(plan, unit, FormKind.SCORE, texts));
                values.replaceAll((field, v) -> field.text().endsWith(".score")
                        ? new BigDecimal(v).subtract(new BigDecimal("0.3")).max(BigDecimal.ZERO).toPlainString() : v);
                values.put(FieldKey.FormField.ASSESSOR_UNIT, "民主评议组");
                values.put(FieldKey.FormField.ASSESSOR_NAME, "第二评分人");
                filler.fill(blank, workspace.returnedDir().resolve("second_" + blank.getFileName()), values);
            }
        }
        assertEquals(ExitCode.OK, CliRunner.run("ingest", "-w", ws.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRunner.run("export", "-w", ws.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRunner.run("score", "-w", ws.toString()).exitCode());

        Map<String, Expected> expected = recompute(plan, CsvRows.read(workspace.exportDir().resolve("values.csv")));
        List<Map<String, String>> results = CsvRows.read(workspace.resultsDir().resolve("results.csv"));
        assertEquals(plan.units().size() * plan.systems().size(), results.size());
        int vetoed = 0;
        int commended = 0;
        for (Map<String, String> row : results) {
            String key = row.get("单位代码") + "|" + row.get("指标体系");
            Expected e = expected.get(key);
            assertEquals(e.total.toPlainString(), row.get("总分"), key + " total");
            assertEquals(e.grade, row.get("等次"), key + " grade");
            assertEquals(Integer.toString(e.rank), row.get("排名"), key + " rank");
            assertEquals(e.commended ? "是" : "", row.get("先进单位").replace("否", ""), key + " commended");
            vetoed += e.vetoed ? 1 : 0;
            commended += e.commended ? 1 : 0;
        }
        assertTrue(vetoed > 0, "the sample returns should include vetoes");
        assertTrue(commended > 0);
    }

    private static final class Expected {
        BigDecimal total;
        String grade;
        int rank;
        boolean commended;
        boolean vetoed;
        boolean poor;
        String group;
        String unit;
    }

    /** The printed rules, applied in the plainest way (defaults of the bundled plan). */
    private static Map<String, Expected> recompute(Plan plan, List<Map<String, String>> values) {
        Map<String, Indicator> indicators = new HashMap<>();
        plan.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, Veto> vetoes = new HashMap<>();
        plan.vetoes().forEach(v -> vetoes.put(v.code(), v));
        // unit|system -> indicator -> assessor -> score
        Map<String, Map<String, List<BigDecimal>>> scores = new TreeMap<>();
        Map<String, Set<VetoEffect>> effects = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Map<String, String> v : values) {
            if (!v.get("表格").equals(FormKind.SCORE.title())) {
                continue;
            }
            String unit = v.get("单位代码");
            groups.put(unit, v.get("分组"));
            String[] field = v.get("字段").split("\\.");
            if (field[1].equals("score")) {
                Indicator ind = indicators.get(field[0]);
                String system = plan.system(ind.systemCode()).orElseThrow().shortName();
                scores.computeIfAbsent(unit + "|" + system, k -> new TreeMap<>())
                        .computeIfAbsent(field[0], k -> new ArrayList<>()).add(new BigDecimal(v.get("值")));
            } else if (field[1].equals("answer") && v.get("值").equals("是")) {
                Veto veto = vetoes.get(field[0]);
                for (String system : veto.appliesTo()) {
                    effects.computeIfAbsent(unit + "|" + plan.system(system).orElseThrow().shortName(),
                            k -> new TreeSet<>()).add(veto.effect());
                }
            }
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        scores.forEach((key, byIndicator) -> {
            Expected e = new Expected();
            e.unit = key.split("\\|")[0];
            e.group = groups.get(e.unit) + "|" + key.split("\\|")[1];
            e.total = BigDecimal.ZERO.setScale(2);
            byIndicator.values().forEach(list -> e.total = e.total.add(list.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP)));
            Set<VetoEffect> fx = effects.getOrDefault(key, Set.of());
            e.vetoed = !fx.isEmpty();
            e.poor = fx.contains(VetoEffect.GRADE_POOR);
            String grade = e.total.compareTo(new BigDecimal("90")) >= 0 ? "优秀"
                    : e.total.compareTo(new BigDecimal("80")) >= 0 ? "良好"
                    : e.total.compareTo(new BigDecimal("60")) >= 0 ? "一般" : "较差";
            if (e.poor) {
                grade = "较差";
            } else if (e.vetoed && grade.equals("优秀")) {
                grade = "良好";
            }
            e.grade = grade;
            out.put(key, e);
        });
        // Rank: competition ranking within group and system; commended: 20% of the scored units,
        // half up, from the eligible ones, everyone tied at the cut included.
        Map<String, List<Expected>> byGroup = new TreeMap<>();
        out.values().forEach(e -> byGroup.computeIfAbsent(e.group, k -> new ArrayList<>()).add(e));
        for (List<Expected> group : byGroup.values()) {
            for (Expected e : group) {
                e.rank = 1 + (int) group.stream().filter(o -> o.total.compareTo(e.total) > 0).count();
            }
            int places = new BigDecimal(group.size()).multiply(new BigDecimal("0.20")).setScale(0, RoundingMode.HALF_UP)
                    .intValue();
            List<Expected> eligible = group.stream().filter(e -> !e.vetoed)
                    .sorted((a, b) -> b.total.compareTo(a.total)).toList();
            if (places > 0 && !eligible.isEmpty()) {
                BigDecimal cut = eligible.get(Math.min(places, eligible.size()) - 1).total;
                eligible.stream().filter(e -> e.total.compareTo(cut) >= 0).forEach(e -> e.commended = true);
            }
        }
        return out;
    }
}
