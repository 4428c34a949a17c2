package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.MachineRequirement;
import org.shuangbai.CsvRows;
import org.shuangbai.Workspace;
import org.shuangbai.cli.CliRunner;
import org.shuangbai.cli.ExitCode;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;


/**
 * Issue 13's "what must show": every body's workbook of the bundled plan, filled and saved by LibreOffice
 * as .xlsx, .xls or .ods (a third each), comes back with exactly the values typed, and the totals in
 * results.csv equal a plain recomputation from those typed values and the plan's combination rules
 * (算术平均, 以牵头单位为准; the plan's weights where it gives any).
 */
class BodyRecomputationTest {
    private static final List<String> FORMATS = List.of("xlsx", "xls", "ods");

    @TempDir
    Path tmp;

    @Test
    void typedScoresComeBackExactlyThroughLibreOfficeAndTheTotalsRecompute() throws Exception {
        String soffice = soffice();
        MachineRequirement.require(soffice != null, "LibreOffice (soffice) is not installed: body round trip skipped");
        Path ws = tmp.resolve("ws");
        assertEquals(ExitCode.OK, CliRunner.run("init", ws.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRunner.run("generate", "-w", ws.toString(), "--form", "assessor").exitCode());
        Workspace workspace = new Workspace(ws);
        Plan plan = PlanLoader.load(workspace.planDir());
        SampleFiller filler = new SampleFiller(plan, FormTexts.load(workspace));
        List<Path> blanks;
        try (Stream<Path> files = Files.walk(workspace.distributionDir())) {
            blanks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(plan.assessors().bodies().size(), blanks.size());

        // body code -> field text -> value as typed
        Map<String, Map<String, String>> typed = new TreeMap<>();
        Map<String, List<Path>> byFormat = new HashMap<>();
        for (int i = 0; i < blanks.size(); i++) {
            Path filled = tmp.resolve("filled").resolve(blanks.get(i).getFileName());
            Map<String, String> values = new TreeMap<>();
            filler.fillSample(blanks.get(i), filled).forEach((k, v) -> values.put(k.text(), v));
            typed.put(blanks.get(i).getFileName().toString().split("_")[0], values);
            byFormat.computeIfAbsent(FORMATS.get(i % 3), k -> new ArrayList<>()).add(filled);
        }
        for (Map.Entry<String, List<Path>> e : byFormat.entrySet()) {
            convert(soffice, e.getValue(), e.getKey(), workspace.returnedDir().resolve(e.getKey()));
        }

        CliRunner.Result ingest = CliRunner.run("ingest", "-w", ws.toString());
        assertEquals(ExitCode.OK, ingest.exitCode(), ingest.out());
        Map<String, Map<String, String>> recorded = new TreeMap<>();
        try (Ledger ledger = Ledger.open(workspace)) {
            for (RecordedValue v : ledger.currentValues(FormKind.ASSESSOR)) {
                recorded.computeIfAbsent(v.unitCode(), k -> new TreeMap<>()).put(v.field().text(), v.value());
            }
        }
        assertEquals(typed, recorded);

        assertEquals(ExitCode.OK, CliRunner.run("score", "-w", ws.toString()).exitCode());
        Map<String, BigDecimal> expected = recompute(plan, typed);
        int scored = 0;
        for (Map<String, String> row : CsvRows.read(workspace.resultsDir().resolve("results.csv"))) {
            String key = row.get("单位代码") + "|" + row.get("指标体系");
            assertEquals(expected.get(key).toPlainString(), row.get("总分"), key);
            scored++;
        }
        assertEquals(plan.units().size() * plan.systems().size(), scored);
    }

    /** unit|system short name -> total: per indicator the assigned bodies' scores by the plan's rule, rounded to 2 places. */
    private static Map<String, BigDecimal> recompute(Plan plan, Map<String, Map<String, String>> typed) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (AssessedUnit unit : plan.units()) {
            for (IndicatorSystem system : plan.systems()) {
                BigDecimal total = BigDecimal.ZERO.setScale(2);
                for (Indicator indicator : system.indicatorList()) {
                    List<BigDecimal> counted = new ArrayList<>();
                    BigDecimal weighted = BigDecimal.ZERO;
                    boolean weights = false;
                    for (Assignment a : plan.assessors().rows(indicator.code(), unit)) {
                        if (!a.counts()) {
                            continue; // not the lead under 以牵头单位为准
                        }
                        BigDecimal s = new BigDecimal(typed.get(a.assessorCode())
                                .get(unit.code() + "/" + indicator.code() + ".score"));
                        counted.add(s);
                        if (a.weight() != null) {
                            weights = true;
                            weighted = weighted.add(s.multiply(a.weight()));
                        }
                    }
                    BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    total = total.add(weights ? weighted.setScale(2, RoundingMode.HALF_UP)
                            : sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP));
                }
                totals.put(unit.code() + "|" + system.shortName(), total);
            }
        }
        return totals;
    }

    /** One LibreOffice run per format, saving every file as a person would with 另存为. */
    private void convert(String soffice, List<Path> files, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory(tmp, "lo-profile");
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = tmp.resolve("soffice-" + format + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish converting to " + format);
        }
        try (Stream<Path> out = Files.list(outDir)) {
            assertEquals(files.size(), out.count(), Files.readString(log));
        }
    }

    private static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }
}
