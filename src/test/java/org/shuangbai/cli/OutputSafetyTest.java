package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;

/**
 * A plan whose unit names try to escape output/ (separators, "..", device names, forbidden characters,
 * 300 characters) or to inject formulas, and returned answers that try to inject formulas: every file
 * any command writes stays under the workspace's output/ (or its ledger), and no text cell of any CSV
 * or XLSX written starts with what a spreadsheet would run.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    static final Map<String, String> HOSTILE_NAMES = new LinkedHashMap<>();

    static {
        HOSTILE_NAMES.put("S01", "../../逃逸街道");
        HOSTILE_NAMES.put("S02", "..\\..\\逃逸乡");
        HOSTILE_NAMES.put("S03", "CON");
        HOSTILE_NAMES.put("S04", "NUL.txt");
        HOSTILE_NAMES.put("S05", "a:b*c?d\"e<f>g|h");
        HOSTILE_NAMES.put("S06", "长".repeat(300));
        HOSTILE_NAMES.put("S07", "=HYPERLINK(\"http://example.invalid\",\"点此\")");
        HOSTILE_NAMES.put("S08", "/etc/passwd");
        HOSTILE_NAMES.put("D01", "+cmd|' /C calc'!A0");
        HOSTILE_NAMES.put("D02", "@SUM(1+1)");
        HOSTILE_NAMES.put("D03", "-2+3");
        HOSTILE_NAMES.put("D04", "..");
    }

    /** Plain numbers are what they are; anything else must not start like a formula. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    static boolean runnable(String text) {
        return !text.isEmpty() && !NUMBER.matcher(text).matches() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    @Test
    void hostileNamesAndAnswersStayInsideOutputAndAreNeutralised() throws Exception {
        Path root = dir.resolve("ws");
        assertEquals(ExitCode.OK, Main.run("init", root.toString()));
        org.shuangbai.TestPlans.withoutBodies(root);
        Workspace ws = new Workspace(root);
        renameUnits(ws.planDir().resolve("units.csv"));
        // the file-name template tries it too
        Files.writeString(ws.templatesDir().resolve("filename.vm"), "../../${unit.name}/${form.title}.xlsx",
                StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, Main.run("plan", "check", "-w", root.toString()));
        Set<Path> before = files(dir);

        List<String> generate = new ArrayList<>(List.of("generate", "-w", root.toString()));
        HOSTILE_NAMES.keySet().forEach(code -> generate.addAll(List.of("--unit", code)));
        CliRunner.Result g = CliRunner.run(generate.toArray(String[]::new));
        assertEquals(ExitCode.OK, g.exitCode(), g.out() + g.err());

        List<Path> distributed;
        try (Stream<Path> walk = Files.walk(ws.distributionDir())) {
            distributed = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(HOSTILE_NAMES.size() * 3, distributed.size(), () -> distributed.stream().map(Path::toString)
                .collect(Collectors.joining("\n")));
        for (Path f : distributed) {
            for (Path part : ws.distributionDir().relativize(f)) {
                String name = part.toString();
                assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
                assertTrue(!name.equals("..") && !name.equals(".") && !name.contains("/") && !name.contains("\\")
                        && name.chars().noneMatch(c -> ":*?\"<>|".indexOf(c) >= 0), name);
                String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                assertTrue(!Set.of("CON", "NUL", "PRN", "AUX").contains(stem.toUpperCase(Locale.ROOT)), name);
            }
        }

        // every unit returns its score sheet, with answers that try formula injection
        Plan plan = PlanLoader.load(ws.planDir());
        SampleFiller filler = new SampleFiller(plan, FormTexts.load(ws));
        int n = 0;
        for (Path f : distributed) {
            Map<String, String> overrides = new HashMap<>();
            if (f.getFileName().toString().contains("评分")) {
                overrides.put("EFF-01.note", "\t=1+1");
                overrides.put("EFF-02.note", "\r=SUM(1)");
                overrides.put("EFF-03.note", "+86 10 1234");
                overrides.put("EFF-04.note", "@cmd");
                overrides.put("EFF-05.note", " -扣0.5分");
                overrides.put("assessor.name", " =cmd|' /C calc'!A0");
            } else if (f.getFileName().toString().contains("立项")) {
                overrides.put("P01.name", " =HYPERLINK(\"http://example.invalid\",\"x\")");
            }
            filler.fillSample(f, ws.returnedDir().resolve((n++) + ".xlsx"), org.shuangbai.plan.FieldTexts.keys(overrides));
        }
        CliRunner.Result ingest = CliRunner.run("ingest", "-w", root.toString());
        assertEquals(ExitCode.OK, ingest.exitCode(), ingest.out());
        for (String command : List.of("status", "export", "score", "render")) {
            CliRunner.Result r = CliRunner.run(command, "-w", root.toString());
            assertEquals(ExitCode.OK, r.exitCode(), command + ": " + r.out() + r.err());
        }

        Set<Path> written = files(dir);
        written.removeAll(before);
        written.removeIf(p -> p.startsWith(ws.returnedDir()));
        assertTrue(written.size() > distributed.size());
        for (Path p : written) {
            assertTrue(p.startsWith(ws.outputDir()) || p.startsWith(ws.ledgerDir()) || p.startsWith(ws.privateDir()),
                    () -> "written outside output/: " + p);
        }

        // the hostile texts did reach the outputs, each neutralised
        int checked = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Path p : written) {
            String name = p.getFileName().toString();
            if (p.startsWith(ws.distributionDir()) || !(name.endsWith(".csv") || name.endsWith(".xlsx"))) {
                continue;
            }
            for (String text : name.endsWith(".csv") ? csvCells(p) : xlsxCells(p)) {
                checked++;
                assertTrue(!runnable(text), () -> p + ": " + text);
                for (String needle : List.of("'=HYPERLINK(\"http://example.invalid\",\"点此\")", "'+cmd|", "'@SUM(1+1)",
                        "'=1+1", "'=SUM(1)", "'+86 10 1234", "'@cmd", "'-扣0.5分", "'-2+3")) {
                    if (text.startsWith(needle)) {
                        seen.merge(ws.outputDir().relativize(p).toString() + " " + needle, 1, Integer::sum);
                    }
                }
            }
        }
        assertTrue(checked > 1000, "cells checked: " + checked);
        for (String file : List.of("export/values.csv", "export/values.xlsx")) {
            for (String needle : List.of("'=HYPERLINK(", "'+cmd|", "'@SUM(1+1)", "'=1+1", "'=SUM(1)", "'+86 10 1234",
                    "'@cmd", "'-扣0.5分", "'-2+3")) {
                assertTrue(seen.keySet().stream().anyMatch(k -> k.startsWith(file + " " + needle)),
                        () -> file + " lacks " + needle + "; seen " + seen.keySet());
            }
        }
        for (String file : List.of("results/results.csv", "results/results.xlsx", "results/indicators.csv")) {
            assertTrue(seen.keySet().stream().anyMatch(k -> k.startsWith(file + " '=HYPERLINK(")),
                    () -> file + " lacks the neutralised unit name; seen " + seen.keySet());
        }
        assertTrue(seen.keySet().stream().anyMatch(k -> k.startsWith("results/indicators.csv '=1+1")),
                () -> "indicators.csv lacks the neutralised note; seen " + seen.keySet());
        assertNotEquals(0, seen.size());
    }

    static void renameUnits(Path unitsCsv) throws Exception {
        List<String[]> rows;
        String text = Files.readString(unitsCsv, StandardCharsets.UTF_8);
        try (CSVReader r = new CSVReader(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            rows = r.readAll();
        }
        for (String[] row : rows) {
            if (HOSTILE_NAMES.containsKey(row[0])) {
                row[1] = HOSTILE_NAMES.get(row[0]);
            }
        }
        try (Writer w = Files.newBufferedWriter(unitsCsv, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(w)) {
            w.write('\uFEFF');
            csv.writeAll(rows);
        }
    }

    static Set<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    static List<String> csvCells(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CSVReader r = new CSVReader(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            return r.readAll().stream().flatMap(Stream::of).toList();
        }
    }

    static List<String> xlsxCells(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), () -> file + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            out.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
