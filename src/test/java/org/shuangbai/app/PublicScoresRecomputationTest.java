package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.documents.EvaluationFiles;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.forms.DemoSamples;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

import com.opencsv.CSVReader;

/**
 * The 公共评议 scores of the bundled 2009 plan, imported from the demo's sample exports, equal a
 * recomputation written here from the raw rows and the printed rules alone: the rule files read as plain
 * CSV, the exports with POI's usermodel and OpenCSV's readAll, the rules applied as rules.txt words them.
 */
class PublicScoresRecomputationTest {
    @TempDir
    Path dir;

    @Test
    void scoresEqualAnIndependentRecomputation() throws Exception {
        Workspace ws = new Workspace(dir.resolve("ws"));
        Files.createDirectories(ws.planDir());
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ws.planDir().resolve(f.getFileName()));
            }
        }
        Plan plan = PlanLoader.load(ws.planDir());
        var rules = EvaluationRulesReader.load(ws.planDir(), plan);
        List<Path> exports = new DemoRatings(plan, rules, DemoSamples.bundled()).write(ws.importsDir());
        ImportRatingsResult result = ImportRatings.run(ws, new ImportRatings.Request(List.of(ws.importsDir()), null, null),
                new ImportRatings.Listener() { });
        assertEquals(exports.size(), result.files().size());
        assertTrue(result.files().stream().allMatch(f -> f.outcome() == RatingFileReport.Outcome.IMPORTED),
                result.files().toString());

        Map<String, String> expected = recompute(ws.planDir(), exports);
        Map<String, String> actual = new TreeMap<>();
        for (String[] row : csv(Files.readString(ws.evaluationDir().resolve(EvaluationFiles.SCORES + ".csv"))).subList(1,
                plan.units().size() * 8 + 1)) {
            actual.put(row[0] + " " + row[3], row[6].isEmpty() ? "待补" : row[6] + " " + row[7]);
        }
        assertEquals(expected, actual);
        assertTrue(actual.values().stream().filter(v -> v.equals("待补")).count() > 10, "some owed");
        assertTrue(actual.values().stream().filter(v -> !v.equals("待补")).count() > 400, "most scored");
    }

    // ---- the recomputation: plain collections, nothing of the program's evaluation code ----

    private record Ch(String code, String name, List<String> words, boolean score, BigDecimal low, BigDecimal high,
                      int min, boolean owe, LocalDate from, LocalDate to) {
    }

    private static Map<String, String> recompute(Path planDir, List<Path> exports) throws Exception {
        Map<String, String> unitByWord = new HashMap<>();
        List<String> units = new ArrayList<>();
        for (String[] r : table(planDir.resolve("units.csv"))) {
            unitByWord.put(r[0], r[0]);
            unitByWord.put(r[1], r[0]);
            units.add(r[0]);
        }
        Map<String, BigDecimal> maxScore = new HashMap<>();
        for (String[] r : table(planDir.resolve("indicators.csv"))) {
            maxScore.put(r[2], new BigDecimal(r[7]));
        }
        Map<String, Ch> channels = new LinkedHashMap<>();
        for (String[] r : table(planDir.resolve("public-channels.csv"))) {
            List<String> words = new ArrayList<>(List.of(r[0], r[1]));
            words.addAll(List.of(r[2].split("、")));
            boolean score = r[3].equals("分数");
            channels.put(r[0], new Ch(r[0], r[1], words, score, score ? new BigDecimal(r[4]) : BigDecimal.ZERO,
                    score ? new BigDecimal(r[5]) : BigDecimal.ONE, Integer.parseInt(r[6]), r[7].equals("该指标待补"),
                    LocalDate.parse(r[8]), LocalDate.parse(r[9])));
        }
        Map<String, String> points = new HashMap<>(); // channel + answer -> share or 不计入
        for (String[] r : table(planDir.resolve("public-answers.csv"))) {
            for (String c : r[0].equals("全部") ? channels.keySet() : List.of(r[0].split("、"))) {
                points.put(c + "|" + r[1], r[2]);
            }
        }
        List<String[]> formats = table(planDir.resolve("public-columns.csv"));
        // per unit|channel: respondents with a counted answer, Σ value, counted answers
        Map<String, Set<String>> respondents = new HashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        for (Path export : exports) {
            List<String[]> rows = read(export);
            String[] format = null;
            List<String> header = List.of(rows.get(0));
            for (String[] f : formats) {
                List<String> need = new ArrayList<>();
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isEmpty()) {
                        need.add(f[i]);
                    }
                }
                if (header.containsAll(need)) {
                    format = f;
                }
            }
            List<String> own = List.of(format[0].split("、"));
            int unitCol = header.indexOf(format[1]);
            int keyCol = header.indexOf(format[2]);
            int answerCol = header.indexOf(format[3]);
            int timeCol = header.indexOf(format[4]);
            int questionCol = format[5].isEmpty() ? -1 : header.indexOf(format[5]);
            int channelCol = format.length > 7 && !format[7].isEmpty() ? header.indexOf(format[7]) : -1;
            Set<String> seen = new HashSet<>();
            for (String[] row : rows.subList(1, rows.size())) {
                Ch ch = null;
                for (String c : own) {
                    if (channelCol < 0 || channels.get(c).words().contains(row[channelCol])) {
                        ch = channels.get(c);
                        break;
                    }
                }
                String unit = unitByWord.get(row[unitCol]);
                LocalDate day = day(row[timeCol]);
                String answer = row[answerCol];
                String share = points.get(ch.code() + "|" + answer);
                BigDecimal value = null;
                if (share == null && ch.score() && answer.matches("\\d+(\\.\\d+)?")) {
                    BigDecimal s = new BigDecimal(answer);
                    if (s.compareTo(ch.low()) >= 0 && s.compareTo(ch.high()) <= 0) {
                        value = s.subtract(ch.low());
                    }
                } else if (share != null && !share.equals("不计入")) {
                    value = new BigDecimal(share).multiply(ch.high().subtract(ch.low()));
                }
                boolean known = share != null || value != null;
                if (!known || unit == null || day.isBefore(ch.from()) || day.isAfter(ch.to())) {
                    continue; // a bad row, a unit not in the plan, out of the period
                }
                String q = questionCol < 0 ? "" : row[questionCol];
                if (!seen.add(unit + "|" + ch.code() + "|" + row[keyCol] + "|" + q)) {
                    continue; // only the first answer counts
                }
                if (value == null) {
                    continue; // 不计入
                }
                String k = unit + "|" + ch.code();
                respondents.computeIfAbsent(k, x -> new HashSet<>()).add(row[keyCol]);
                sums.merge(k, value, BigDecimal::add);
                counted.merge(k, 1, Integer::sum);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String unit : units) {
            Map<String, List<String[]>> weights = new LinkedHashMap<>();
            for (String[] w : table(planDir.resolve("public-weights.csv"))) {
                weights.computeIfAbsent(w[0], x -> new ArrayList<>()).add(w);
            }
            for (var e : weights.entrySet()) {
                BigDecimal weighted = BigDecimal.ZERO;
                BigDecimal used = BigDecimal.ZERO;
                boolean owed = false;
                for (String[] w : e.getValue()) {
                    Ch ch = channels.get(w[1]);
                    String k = unit + "|" + ch.code();
                    int n = respondents.getOrDefault(k, Set.of()).size();
                    if (n < ch.min()) {
                        owed |= ch.owe();
                        continue;
                    }
                    BigDecimal rate = sums.get(k).divide(ch.high().subtract(ch.low())
                            .multiply(BigDecimal.valueOf(counted.get(k))), 4, RoundingMode.HALF_UP);
                    weighted = weighted.add(new BigDecimal(w[2]).multiply(rate));
                    used = used.add(new BigDecimal(w[2]));
                }
                if (owed || used.signum() == 0) {
                    out.put(unit + " " + e.getKey(), "待补");
                } else {
                    BigDecimal score = maxScore.get(e.getKey()).multiply(weighted).divide(used, 2, RoundingMode.HALF_UP);
                    BigDecimal rate = weighted.divide(used, 4, RoundingMode.HALF_UP);
                    out.put(unit + " " + e.getKey(), score.stripTrailingZeros().toPlainString() + " "
                            + rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
                }
            }
        }
        return out;
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2}).*");

    private static LocalDate day(String text) {
        Matcher m = DATE.matcher(text);
        assertTrue(m.matches(), text);
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A plan table without its header. */
    private static List<String[]> table(Path file) throws Exception {
        List<String[]> all = csv(Files.readString(file).replace("\uFEFF", ""));
        return all.subList(1, all.size());
    }

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader r = new CSVReader(new StringReader(text))) {
            return r.readAll();
        }
    }

    /** An export's rows: .xlsx through POI's usermodel, text as UTF-8 when it is, else GBK. */
    private static List<String[]> read(Path file) throws Exception {
        if (file.toString().endsWith(".xlsx")) {
            List<String[]> rows = new ArrayList<>();
            DataFormatter f = new DataFormatter();
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheetAt(0);
                for (Row row : s) {
                    String[] cells = new String[row.getLastCellNum()];
                    for (int c = 0; c < cells.length; c++) {
                        Cell cell = row.getCell(c);
                        cells[c] = cell == null ? "" : f.formatCellValue(cell);
                    }
                    rows.add(cells);
                }
            }
            return rows;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GBK"));
        }
        return csv(text.replace("\uFEFF", ""));
    }
}
