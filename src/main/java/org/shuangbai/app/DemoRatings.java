package org.shuangbai.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;

import org.shuangbai.evaluation.AnswerScale;
import org.shuangbai.evaluation.Channel;
import org.shuangbai.evaluation.ColumnMapping;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.ImportField;
import org.shuangbai.evaluation.Points;
import org.shuangbai.forms.DemoSamples;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.tables.TableFiles;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.shuangbai.text.Lists;

/**
 * The demo's raw 公共评议 exports, one file per export format of the plan's rules, written as the
 * exporting systems would: the first as .xlsx, the questionnaire (a format with a question column) in
 * GBK with its columns in another order, the rest as UTF-8 CSV with and without a BOM. Every unit gets
 * about its channel's minimum sample (a few get one respondent too few), and every file carries the
 * rows the rules set aside: a repeated answer, one out of the period, a unit not in the plan, an answer
 * not in the table, 不了解. The same plan and rules always give the same bytes.
 */
final class DemoRatings {
    private static final DateTimeFormatter[] TIMES = {DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};
    /** Units (by position) given one respondent fewer than their channels' minimum. */
    private static final int SHORT_EVERY = 23;
    private static final int SHORT_AT = 7;

    private final Plan plan;
    private final EvaluationRules rules;
    private final DemoSamples samples;

    DemoRatings(Plan plan, EvaluationRules rules, DemoSamples samples) {
        this.plan = plan;
        this.rules = rules;
        this.samples = samples;
    }

    /** Writes one export per format into {@code dir}; returns them in format order. */
    List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int m = 0; m < rules.mappings().size(); m++) {
            ColumnMapping mapping = rules.mappings().get(m);
            List<ImportField> fields = new ArrayList<>(mapping.headers().keySet());
            boolean questionnaire = mapping.headers().containsKey(ImportField.QUESTION);
            if (questionnaire) {
                Collections.reverse(fields); // another column order: the header is found by its titles
            }
            List<List<Object>> rows = rows(mapping, fields, m);
            String channels = mapping.channels().stream().map(c -> rules.channel(c).orElseThrow().name())
                    .collect(Lists.enumerating());
            String base = samples.text("ratings.file", "channels", channels, "year", plan.settings().year());
            List<String> header = fields.stream().map(mapping::header).toList();
            Path file;
            if (m == 0) {
                file = dir.resolve(SafeFileName.of(base, ".xlsx"));
                int[] widths = new int[header.size()];
                java.util.Arrays.fill(widths, 16);
                TableFiles.xlsx(file, channels.length() > 30 ? "data" : channels, header, rows, widths,
                        plan.settings().year());
            } else {
                file = dir.resolve(SafeFileName.of(base, ".csv"));
                csv(file, header, rows, questionnaire ? Charset.forName("GBK") : StandardCharsets.UTF_8,
                        !questionnaire && m % 2 == 0);
            }
            out.add(file);
        }
        return out;
    }

    private List<List<Object>> rows(ColumnMapping mapping, List<ImportField> fields, int m) {
        SplittableRandom random = new SplittableRandom(plan.settings().year() * 100L + m);
        List<String> questions = mapping.headers().containsKey(ImportField.QUESTION)
                ? samples.list("ratings.questions") : List.of("");
        List<String> kinds = samples.list("ratings.respondentKinds");
        List<List<Object>> rows = new ArrayList<>();
        int respondent = 0;
        for (int u = 0; u < plan.units().size(); u++) {
            AssessedUnit unit = plan.units().get(u);
            for (String code : mapping.channels()) {
                Channel c = rules.channel(code).orElseThrow();
                int n = u % SHORT_EVERY == SHORT_AT && c.minSample() > 1 ? c.minSample() - 1
                        : c.minSample() + random.nextInt(c.minSample() / 2 + 3);
                for (int r = 0; r < n; r++) {
                    // six digits at least, as "%06d" gives; not String.format, which parses its pattern for
                    // every one of the tens of thousands of sample respondents
                    String key = code + StringUtils.leftPad(Integer.toString(++respondent), 6, '0');
                    String kind = kinds.get(random.nextInt(kinds.size()));
                    for (String q : questions) {
                        rows.add(row(fields, m, unitCell(unit, m), c, key, answer(c, random), day(c, random), q, kind));
                    }
                }
            }
            if (u == 0) {
                rows.add(new ArrayList<>(rows.get(rows.size() - 1))); // the same answer twice: a repeat
            }
        }
        Channel first = rules.channel(mapping.channels().get(0)).orElseThrow();
        AssessedUnit a = plan.units().get(1 % plan.units().size());
        AssessedUnit b = plan.units().get(2 % plan.units().size());
        AssessedUnit d = plan.units().get(3 % plan.units().size());
        String q = questions.get(0);
        rows.add(row(fields, m, unitCell(a, m), first, first.code() + "-X1", answer(first, random),
                first.from().minusDays(1), q, kinds.get(0)));
        rows.add(row(fields, m, samples.text("ratings.unknownUnit", "name", b.name()), first, first.code() + "-X2",
                answer(first, random), first.from(), q, kinds.get(0)));
        rows.add(row(fields, m, unitCell(d, m), first, first.code() + "-X3", samples.text("ratings.badAnswer"),
                first.from(), q, kinds.get(0)));
        return rows;
    }

    private List<Object> row(List<ImportField> fields, int m, String unit, Channel c, String key, String answer,
                             LocalDate day, String question, String kind) {
        List<Object> row = new ArrayList<>();
        for (ImportField f : fields) {
            row.add(switch (f) {
                case UNIT -> unit;
                case RESPONDENT -> key;
                case ANSWER -> answer;
                case TIME -> day.atTime(8 + Math.floorMod(key.hashCode(), 10), Math.floorMod(key.hashCode(), 60))
                        .format(TIMES[m % TIMES.length]);
                case QUESTION -> question;
                case RESPONDENT_KIND -> kind;
                case CHANNEL -> c.aliases().isEmpty() ? c.name() : c.aliases().get(0);
            });
        }
        return row;
    }

    /** Websites write the unit's name, the others its code. */
    private static String unitCell(AssessedUnit unit, int m) {
        return m % 2 == 1 ? unit.name() : unit.code();
    }

    /** Mostly the first counted answers of the table (or high scores), sometimes a 不计入 one. */
    private String answer(Channel c, SplittableRandom random) {
        Map<String, Points> table = rules.answers().getOrDefault(c.code(), Map.of());
        List<String> notCounted = table.entrySet().stream().filter(e -> !e.getValue().counted()).map(Map.Entry::getKey)
                .toList();
        if (!notCounted.isEmpty() && random.nextInt(40) == 0) {
            return notCounted.get(0);
        }
        if (c.scale() == AnswerScale.SCORE) {
            BigDecimal span = c.span();
            int from = c.low().add(span.multiply(new BigDecimal("0.6"))).intValue();
            int to = c.high().intValue();
            return Integer.toString(from + random.nextInt(Math.max(1, to - from + 1)));
        }
        List<String> counted = table.entrySet().stream().filter(e -> e.getValue().counted()).map(Map.Entry::getKey)
                .toList();
        int roll = random.nextInt(10);
        int index = roll < 6 ? 0 : roll < 9 ? 1 : 2;
        return counted.get(Math.min(index, counted.size() - 1));
    }

    private static LocalDate day(Channel c, SplittableRandom random) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(c.from(), c.to());
        return c.from().plusDays(random.nextLong(days + 1));
    }

    private static void csv(Path file, List<String> header, List<List<Object>> rows, Charset charset, boolean bom)
            throws IOException {
        try (var os = Files.newOutputStream(file)) {
            if (bom) {
                os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            try (Writer w = new OutputStreamWriter(os, charset);
                 CSVWriter csv = new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                         ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
                csv.writeNext(header.toArray(String[]::new), false);
                for (List<Object> row : rows) {
                    csv.writeNext(row.stream().map(String::valueOf).toArray(String[]::new), false);
                }
            }
        }
    }
}
