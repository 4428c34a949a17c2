package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.InputRule;
import org.shuangbai.intake.CellContent;
import org.shuangbai.intake.ReturnFixture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random cell contents (formulas, control characters, huge numbers, NaN-like text, dates in every
 * shape, any Unicode) typed into the input cells of a valid score sheet: intake never throws and
 * never runs into its time limit; a rejected file leaves the current values as they were; an
 * accepted file is recorded with exactly the normalised values typed.
 */
class CellContentPropertyTest {
    static Path dir;
    static ReturnFixture fx;
    static FormLayout layout;
    static Path base;
    static Map<String, String> baseValues;
    static int n;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("shuangbai-cells");
        fx = new ReturnFixture(dir.resolve("ws"));
        layout = fx.layout("S05", FormKind.SCORE);
        Map<String, Object> answers = ReturnFixture.answers(layout, 0);
        base = dir.resolve("base.xlsx");
        ReturnFixture.fill(fx.generate("S05", FormKind.SCORE), base, layout, answers);
        baseValues = ReturnFixture.expected(answers);
        IngestSummary first = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(base));
        assertEquals(FileReport.Outcome.ACCEPTED, first.files().get(0).outcome());
    }

    @AfterContainer
    static void tearDown() throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Map<String, String>> changes() {
        List<String> fields = layout.inputs().map(c -> c.key().text()).toList();
        return Arbitraries.maps(Arbitraries.of(fields), contents()).ofMinSize(1).ofMaxSize(3);
    }

    static Arbitrary<String> contents() {
        // lone surrogates cannot be stored in any spreadsheet format (XML), so a person cannot type them
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(30)
                .map(s -> s.codePoints().filter(c -> c < 0xD800 || c > 0xDFFF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .map(s -> s.startsWith("=") ? " " + s : s);
        Arbitrary<String> formulas = Arbitraries.of("=1+1", "=SUM(G4:G6)", "=HYPERLINK(\"http://example.invalid\",\"点此\")",
                "=NOW()", "=H5", "=1/0", "=\"是\"", "=INDIRECT(\"A1\")",
                "=2.5");
        Arbitrary<String> odd = Arbitraries.of("NaN", "nan", "Infinity", "-Infinity", "1e308", "1E-400", "9".repeat(400),
                "-0", "0x1F", "８．５", "8.5分", "满分", "3", "2.999999999999999999", "0.1", "-1", "+2", "  2.5  ", "是",
                "否", "是 ", "是\u00A0", "2.5\u00A0", "\u00A0", "YES", "2009-12-20", "2009-02-30", "2009/12/20", "2009年12月20日", "1900-01-01",
                "9999-12-31", "20091220", "40167", "\t=1+1", "@SUM(1)", "-2+3", "+cmd|' /C calc'!A0", "'=1", "\r\n",
                " ", "\u0000", "\u0007响铃", "\u202Eabc", "\uD840\uDC00\uD840\uDC01", "<script>alert(1)</script>",
                "]]></t><f>1+1</f>", "&amp;&lt;", "长".repeat(600), "行一\r\n行二\r行三", "检查组", "张三");
        Arbitrary<String> numbers = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(4).map(d -> d.stripTrailingZeros().toPlainString());
        Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(1890, 2100),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, anyText), net.jqwik.api.Tuple.of(2, formulas),
                net.jqwik.api.Tuple.of(4, odd), net.jqwik.api.Tuple.of(3, numbers), net.jqwik.api.Tuple.of(2, dates));
    }

    @Property(tries = 60)
    void randomContentsAreDecidedAndRecordedExactly(@ForAll("changes") Map<String, String> typedChanges)
            throws Exception {
        Map<String, String> changes = storable(typedChanges);
        Path file = dir.resolve("try-" + (n++) + ".xlsx");
        ReturnFixture.fill(base, file, layout, typed(changes));
        Map<String, String> before = current();

        IngestSummary run = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file));

        FileReport r = run.files().get(0);
        Statistics.collect(r.outcome());
        Statistics.coverage(c -> {
            c.check(FileReport.Outcome.ACCEPTED).count(k -> k > 0);
            c.check(FileReport.Outcome.REJECTED).count(k -> k > 0);
        });
        assertFalse(r.problems().stream().anyMatch(p -> p.what().contains("读取超过")), () -> "timed out: " + show(changes));
        assertFalse(r.problems().stream().anyMatch(p -> p.what().contains("意外错误") || p.what().contains("读取失败")),
                () -> "unexpected failure: " + r.problems());
        switch (r.outcome()) {
            case ACCEPTED -> {
                Map<String, String> expected = new TreeMap<>(baseValues);
                changes.forEach((field, typed) -> {
                    String v = normalised(layout.field(field).orElseThrow().rule().kind(), typed);
                    if (v.isEmpty()) {
                        expected.remove(field);
                    } else {
                        expected.put(field, v);
                    }
                });
                assertEquals(show(expected), show(recordedOfLastFile()), () -> "typed " + show(changes));
                assertNotEquals(before, current());
            }
            case REJECTED, DUPLICATE -> {
                assertFalse(r.problems().isEmpty() && r.outcome() == FileReport.Outcome.REJECTED);
                assertEquals(before, current(), () -> "typed " + show(changes) + "\n" + show(r.problems()));
            }
            default -> throw new AssertionError(r.line());
        }
    }

    /**
     * As a person types into a spreadsheet: a leading "=" makes a formula, a number in a score cell is
     * stored as a number, a valid ISO date in a date cell as a date, anything else as text.
     */
    static Map<String, Object> typed(Map<String, String> changes) {
        Map<String, Object> out = new LinkedHashMap<>();
        changes.forEach((field, text) -> {
            InputRule.Kind kind = layout.field(field).orElseThrow().rule().kind();
            Object v = text;
            if (text.isEmpty()) {
                v = null;
            } else if (text.startsWith("=")) {
                v = new ReturnFixture.Formula(text.substring(1));
            } else if (kind == InputRule.Kind.DECIMAL && text.strip().matches("[-+]?\\d+(\\.\\d+)?")) {
                v = new BigDecimal(text.strip()).doubleValue();
            } else if (kind == InputRule.Kind.DATE && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    v = LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    v = text;
                }
            }
            out.put(field, v);
        });
        return out;
    }

    /**
     * What a workbook can hold of a typed text: XML 1.0 has no control characters but tab, LF and CR,
     * and POI (like XmlBeans) stores each other one as "?".
     */
    static Map<String, String> storable(Map<String, String> typed) {
        Map<String, String> out = new LinkedHashMap<>();
        typed.forEach((k, v) -> out.put(k, v.codePoints().map(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                        || c == 0xFFFE || c == 0xFFFF ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()));
        return out;
    }

    /** Control characters made visible, so a failure message survives the report. */
    static String show(Object o) {
        StringBuilder sb = new StringBuilder();
        String.valueOf(o).codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.SURROGATE
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})\\D*");

    /** The value an accepted cell must be recorded as, derived from what was typed. */
    static String normalised(InputRule.Kind kind, String typed) {
        String t = CellContent.trim(typed);
        if (t.isEmpty()) {
            return "";
        }
        return switch (kind) {
            // typed into the sheet as a double, as an office suite stores it
            case DECIMAL -> BigDecimal.valueOf(Double.parseDouble(t)).stripTrailingZeros().toPlainString();
            case DATE -> {
                Matcher m = DATE.matcher(t);
                if (!m.matches()) {
                    throw new AssertionError("a date accepted from " + typed);
                }
                yield LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            }
            case TEXT -> CellContent.trim(typed.replace("\r\n", "\n").replace('\r', '\n'));
            case YES_NO, CHOICE -> t;
        };
    }

    static Map<String, String> recordedOfLastFile() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            List<FileRecord> history = ledger.history();
            Map<String, String> out = new TreeMap<>();
            ledger.valuesOfFile(history.get(history.size() - 1).id()).forEach(v -> out.put(v.field().text(), v.value()));
            return out;
        }
    }

    static Map<String, String> current() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            Map<String, String> out = new LinkedHashMap<>();
            ledger.currentValues().forEach(v -> out.put(v.unitCode() + v.form() + v.assessor() + v.field().text(),
                    v.value() + "@" + v.fileHash()));
            return out;
        }
    }
}
