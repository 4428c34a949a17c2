package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.InputRule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The .xlsx readers under random cell contents and random structural damage, made in the XML of a
 * genuine, correctly signed return (so only the readers' own checks stand in the way). Every file is
 * decided by both readers (streaming, and the usermodel it leaves odd files to) in the same way, and as
 * either "accepted with exactly the values the file holds" or "refused, naming the cell (or the sheet
 * and row) that cannot be resolved": never accepted with a value that differs from what the file
 * holds, never an exception, never the time limit.
 *
 * <p>The oracle is this test's own reading of the XML it wrote: what each edited cell holds as a
 * value the form could record (a number in plain form, a text), or that it holds nothing that can be
 * resolved exactly.
 */
class ReaderPropertyTest {
    static Path dir;
    static ReturnFixture fx;
    static Path genuine;
    static Map<String, String> answered;
    static List<CellSpec> fields;
    static List<String> sharedStrings;
    static int styles;
    static int n;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("shuangbai-readers");
        fx = new ReturnFixture(dir.resolve("ws"));
        genuine = dir.resolve("genuine.xlsx");
        answered = fx.filledScoreSheet("S04", genuine);
        fields = fx.layout("S04", FormKind.SCORE).inputs().filter(s -> s.record() == null)
                .filter(s -> s.rule().kind() == InputRule.Kind.DECIMAL || s.rule().kind() == InputRule.Kind.TEXT)
                .filter(s -> answered.containsKey(s.key().text())).toList();
        try (OPCPackage pkg = OPCPackage.open(genuine.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg, false);
            sharedStrings = new ArrayList<>();
            for (int i = 0; i < sst.getUniqueCount(); i++) {
                sharedStrings.add(sst.getItemAt(i).getString());
            }
            pkg.revert();
        }
        String stylesXml = part(genuine, "xl/styles.xml");
        Matcher m = Pattern.compile("<cellXfs count=\"(\\d+)\"").matcher(stylesXml);
        assertTrue(m.find());
        styles = Integer.parseInt(m.group(1));
    }

    @AfterContainer
    static void tearDown() throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ── what a cell may be made to hold ──

    /**
     * One cell as written: its XML, and what it holds — a value (number in plain form, or text as XML
     * delivers it) or null when nothing can be resolved exactly.
     */
    record Written(String xml, Held held) {
    }

    /** A resolvable value: a number, a text, a logical value, an error (which no input accepts). */
    record Held(Kind kind, String value) {
        enum Kind { NUMBER, TEXT, BOOLEAN, ERROR }
    }

    static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    static Held number(String lexical) {
        if (!NUMBER.matcher(lexical).matches()) {
            return null;
        }
        double d = Double.parseDouble(lexical);
        return Double.isFinite(d) ? new Held(Held.Kind.NUMBER, BigDecimal.valueOf(d).stripTrailingZeros()
                .toPlainString()) : null;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** XML turns every CR and CRLF in character data into LF. */
    static String asXmlDelivers(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("甲乙丙丁说明 abc0123456789.-+&<>\"'\t\n\r").ofMaxLength(20);
    }

    static Arbitrary<String> numberLexicals() {
        Arbitrary<String> plain = Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("12"))
                .ofScale(3).map(BigDecimal::toPlainString);
        Arbitrary<String> scientific = Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("12"))
                .ofScale(2).map(d -> d.unscaledValue() + "E-2");
        Arbitrary<String> hostile = Arbitraries.of("NaN", "Infinity", "-Infinity", "1E999", "0x1p3", "", " 1", "1,5",
                "1.5d", "--1", "1e", ".", "٣");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, scientific),
                net.jqwik.api.Tuple.of(3, hostile));
    }

    /** A style attribute: none, one that exists, or one that does not; and whether it exists. */
    record Style(String attribute, boolean exists) {
    }

    static Arbitrary<Style> styleAttributes() {
        return Arbitraries.oneOf(Arbitraries.just(new Style("", true)),
                Arbitraries.integers().between(0, 1000).map(i -> new Style(" s=\"" + (i % styles) + "\"", true)),
                Arbitraries.of(" s=\"9999\"", " s=\"-1\"", " s=\"a\"").map(a -> new Style(a, false)));
    }

    static Arbitrary<Written> cells(String ref) {
        Arbitrary<Written> numbers = Combinators.combine(numberLexicals(), styleAttributes(),
                Arbitraries.of("", " t=\"n\"")).as((v, style, t) -> {
                    Held held = style.exists() ? number(v) : null;
                    return new Written("<c r=\"" + ref + "\"" + style.attribute() + t + "><v>" + v + "</v></c>", held);
                });
        Arbitrary<Written> shared = Arbitraries.integers().between(-2, sharedStrings.size() + 2).map(i -> {
            boolean inside = i >= 0 && i < sharedStrings.size();
            return new Written("<c r=\"" + ref + "\" t=\"s\"><v>" + i + "</v></c>",
                    inside ? new Held(Held.Kind.TEXT, sharedStrings.get(i)) : null);
        });
        Arbitrary<Written> inline = texts().map(t -> new Written("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>"
                + escape(t) + "</t></is></c>", new Held(Held.Kind.TEXT, asXmlDelivers(t))));
        Arbitrary<Written> booleans = Arbitraries.of("0", "1", "true", "2").map(v -> new Written("<c r=\"" + ref
                + "\" t=\"b\"><v>" + v + "</v></c>", v.equals("1") ? new Held(Held.Kind.BOOLEAN, "TRUE")
                : v.equals("0") ? new Held(Held.Kind.BOOLEAN, "FALSE") : null));
        Arbitrary<Written> errors = Arbitraries.of("#DIV/0!", "#N/A", "#WHAT?").map(v -> new Written("<c r=\"" + ref
                + "\" t=\"e\"><v>" + v + "</v></c>", v.equals("#WHAT?") ? null : new Held(Held.Kind.ERROR, v)));
        Arbitrary<Written> unknown = Arbitraries.of("x", "d", "").map(t -> new Written("<c r=\"" + ref + "\" t=\"" + t
                + "\"><v>1</v></c>", null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, numbers), net.jqwik.api.Tuple.of(2, shared),
                net.jqwik.api.Tuple.of(3, inline), net.jqwik.api.Tuple.of(1, booleans), net.jqwik.api.Tuple.of(1, errors),
                net.jqwik.api.Tuple.of(1, unknown));
    }

    /** New content for one input cell. */
    record ContentEdit(CellSpec spec, Written written) {
        @Override
        public String toString() {
            return spec.sheet() + "!" + spec.ref() + " := " + written.xml();
        }
    }

    @Provide
    Arbitrary<List<ContentEdit>> contentEdits() {
        return Arbitraries.of(fields).list().uniqueElements().ofMinSize(0).ofMaxSize(3).flatMap(specs -> {
            List<Arbitrary<ContentEdit>> each = specs.stream()
                    .map(spec -> cells(spec.ref()).map(w -> new ContentEdit(spec, w))).toList();
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    // ── structural damage ──

    /** Damage to the structure around one input cell, and what it must be refused for (sheet, cell or null). */
    enum Structure {
        NONE, CELL_TWICE, ROW_TWICE, ROWS_SWAPPED, ROWS_SWAPPED_THEN_UNNUMBERED, MALFORMED_REFERENCE,
        REFERENCE_TO_ANOTHER_ROW, CELL_BEYOND_THE_GRID, LAST_SHARED_STRING_REMOVED
    }

    record Damage(Structure structure, CellSpec at) {
        @Override
        public String toString() {
            return structure + (at == null ? "" : " at " + at.sheet() + "!" + at.ref());
        }
    }

    @Provide
    Arbitrary<Damage> damages() {
        return Combinators.combine(Arbitraries.of(Structure.class), Arbitraries.of(fields)).as(Damage::new);
    }

    /** A problem the file must be refused for: sheet, cell (null: not a single cell). */
    record Named(String sheet, String cell) {
    }

    @Property(tries = 100)
    void everyFileIsAcceptedWithExactlyItsValuesOrRefusedNamingWhatCannotBeRead(
            @ForAll("contentEdits") List<ContentEdit> edits, @ForAll("damages") Damage damage) throws Exception {
        Map<String, Map<String, UnaryOperator<String>>> byPart = new LinkedHashMap<>();
        Map<String, String> expected = new TreeMap<>(answered);
        Set<Named> mustName = new LinkedHashSet<>();
        Set<Integer> editedRows = new java.util.HashSet<>();
        for (ContentEdit e : edits) {
            CellSpec spec = e.spec();
            editedRows.add(Objects.hash(spec.sheet(), spec.row()));
            edit(byPart, spec.sheet(), xml -> xml.replace(ReturnFixture.cellXml(xml, spec.ref()), e.written().xml()));
            Held held = e.written().held();
            if (held == null) {
                mustName.add(new Named(spec.sheet(), spec.ref()));
                expected.remove(spec.key().text());
            } else {
                String v = recorded(spec.rule().kind(), held);
                if (v == null || v.isEmpty()) {
                    expected.remove(spec.key().text());
                } else {
                    expected.put(spec.key().text(), v);
                }
            }
        }
        CellSpec at = damage.at();
        boolean clear = edits.stream().noneMatch(e -> e.spec().sheet().equals(at.sheet())
                && Math.abs(e.spec().row() - at.row()) <= 2);
        if (clear) {
            damage(byPart, damage, mustName);
        }
        Path file = dir.resolve("try-" + (n++) + ".xlsx");
        Map<String, UnaryOperator<String>> parts = new LinkedHashMap<>();
        for (var entry : byPart.entrySet()) {
            List<UnaryOperator<String>> changes = new ArrayList<>(entry.getValue().values());
            parts.put(entry.getKey(), xml -> {
                String out = xml;
                for (UnaryOperator<String> c : changes) {
                    out = c.apply(out);
                }
                return out;
            });
        }
        if (parts.isEmpty()) {
            Files.copy(genuine, file);
        } else {
            ReturnFixture.rewriteParts(genuine, file, parts);
        }

        if (clear && damage.structure() == Structure.LAST_SHARED_STRING_REMOVED) {
            // every cell of the file as written that shows the removed string now points outside the table
            int removed = sharedStrings.size() - 1;
            for (String name : List.of("填表说明", "效能监察", "优化发展环境", "一票否决及评分人", "_shuangbai")) {
                Matcher m = Pattern.compile("<c r=\"([A-Z]+\\d+)\"[^>]*t=\"s\"[^>]*><v>" + removed + "</v>")
                        .matcher(part(file, ReturnFixture.sheetPart(file, name)));
                while (m.find()) {
                    mustName.add(new Named(name, m.group(1)));
                    String ref = m.group(1);
                    fields.stream().filter(f -> f.sheet().equals(name) && f.ref().equals(ref))
                            .forEach(f -> expected.remove(f.key().text()));
                }
            }
        }

        CheckedFile streamed = fx.check(file);
        CheckedFile usermodel = fx.check(ReturnFixture.forUsermodel(file));

        Statistics.collect(streamed.verdict(), mustName.isEmpty() ? "resolvable" : "unresolvable");
        Statistics.coverage(c -> {
            c.check(Verdict.ACCEPTED, "resolvable").count(k -> k > 0);
            c.check(Verdict.REJECTED, "unresolvable").count(k -> k > 0);
        });
        String context = "edits " + edits + "\ndamage " + (clear ? damage : "none") + "\n";
        for (CheckedFile c : List.of(streamed, usermodel)) {
            assertFalse(c.problems().stream().anyMatch(p -> p.what().contains("读取超过") || p.what().contains("意外错误")
                    || p.what().contains("读取失败")), () -> context + ReturnFixture.describe(c));
            if (!mustName.isEmpty()) {
                assertEquals(Verdict.REJECTED, c.verdict(), () -> context + ReturnFixture.describe(c));
                for (Named name : mustName) {
                    assertTrue(c.problems().stream().anyMatch(p -> name.sheet().equals(p.sheet())
                                    && Objects.equals(name.cell(), p.cell())),
                            () -> context + "must name " + name + " in " + ReturnFixture.describe(c));
                }
            }
            if (c.verdict() == Verdict.ACCEPTED) {
                assertEquals(expected, new TreeMap<>(ReturnFixture.values(c)), context);
            } else {
                assertEquals(Verdict.REJECTED, c.verdict(), context);
                assertTrue(!c.problems().isEmpty() && c.problems().stream().allMatch(p -> p.sheet() != null),
                        () -> context + "every problem names a sheet: " + ReturnFixture.describe(c));
            }
        }
        assertEquals(ReturnFixture.describe(streamed), ReturnFixture.describe(usermodel), context);
        assertEquals(ReturnFixture.values(streamed), ReturnFixture.values(usermodel), context);
    }

    /** What the form records from a held value in a field of this kind; null when it cannot be recorded. */
    static String recorded(InputRule.Kind kind, Held held) {
        return switch (held.kind()) {
            case NUMBER -> held.value();
            case TEXT -> kind == InputRule.Kind.TEXT ? held.value().strip()
                    : NUMBER.matcher(held.value().strip()).matches() && held.value().strip().matches("[-+]?[\\d.]+")
                    ? new BigDecimal(held.value().strip()).stripTrailingZeros().toPlainString() : null;
            case BOOLEAN -> kind == InputRule.Kind.TEXT ? held.value() : null;
            case ERROR -> null;
        };
    }

    static void edit(Map<String, Map<String, UnaryOperator<String>>> byPart, String sheetOrPart,
                     UnaryOperator<String> change) throws Exception {
        String part = sheetOrPart.contains("/") ? sheetOrPart : ReturnFixture.sheetPart(genuine, sheetOrPart);
        byPart.computeIfAbsent(part, k -> new LinkedHashMap<>()).put("edit" + byPart.get(part).size(), change);
    }

    /** Whether the sheet has these consecutive rows, each written out (to be moved as they are). */
    static boolean hasRows(String sheetXml, int first, int count) {
        for (int r = first; r < first + count; r++) {
            if (!Pattern.compile("<row r=\"" + r + "\"[^>]*[^/]>").matcher(sheetXml).find()) {
                return false;
            }
        }
        return true;
    }

    static void damage(Map<String, Map<String, UnaryOperator<String>>> byPart, Damage damage, Set<Named> mustName)
            throws Exception {
        CellSpec at = damage.at();
        String sheet = at.sheet();
        String ref = at.ref();
        int row = at.row() + 1;
        String sheetXml = part(genuine, ReturnFixture.sheetPart(genuine, sheet));
        switch (damage.structure()) {
            case NONE -> {
            }
            case CELL_TWICE -> {
                edit(byPart, sheet, xml -> xml.replace(ReturnFixture.cellXml(xml, ref), ReturnFixture.cellXml(xml, ref)
                        + "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>另一个值</t></is></c>"));
                mustName.add(new Named(sheet, ref));
            }
            case ROW_TWICE -> {
                edit(byPart, sheet, xml -> xml.replace(ReturnFixture.rowXml(xml, row), ReturnFixture.rowXml(xml, row)
                        + ReturnFixture.rowXml(xml, row)));
                mustName.add(new Named(sheet, null));
            }
            case ROWS_SWAPPED -> {
                if (hasRows(sheetXml, row, 2)) {
                    edit(byPart, sheet, xml -> {
                        String a = ReturnFixture.rowXml(xml, row);
                        String b = ReturnFixture.rowXml(xml, row + 1);
                        return xml.replace(a + b, b + a);
                    });
                }
            }
            case ROWS_SWAPPED_THEN_UNNUMBERED -> {
                if (hasRows(sheetXml, row, 3)) {
                    edit(byPart, sheet, xml -> {
                        String a = ReturnFixture.rowXml(xml, row);
                        String b = ReturnFixture.rowXml(xml, row + 1);
                        String c = ReturnFixture.rowXml(xml, row + 2);
                        String bare = c.replace("<row r=\"" + (row + 2) + "\"", "<row")
                                .replaceAll(" r=\"[A-Z]+" + (row + 2) + "\"", "");
                        return xml.replace(a + b + c, b + a + bare);
                    });
                    mustName.add(new Named(sheet, null));
                }
            }
            case MALFORMED_REFERENCE -> {
                edit(byPart, sheet, xml -> xml.replace(ReturnFixture.cellXml(xml, ref),
                        ReturnFixture.cellXml(xml, ref).replace("r=\"" + ref + "\"", "r=\"" + row + ref.replaceAll("\\d", "") + "\"")));
                mustName.add(new Named(sheet, null));
            }
            case REFERENCE_TO_ANOTHER_ROW -> {
                edit(byPart, sheet, xml -> xml.replace(ReturnFixture.cellXml(xml, ref), ReturnFixture.cellXml(xml, ref)
                        .replace("r=\"" + ref + "\"", "r=\"" + ref.replaceAll("\\d", "") + (row + 40) + "\"")));
                mustName.add(new Named(sheet, null));
            }
            case CELL_BEYOND_THE_GRID -> {
                edit(byPart, sheet, xml -> xml.replace(ReturnFixture.rowXml(xml, row), ReturnFixture.rowXml(xml, row)
                        .replace("</row>", "<c r=\"XFE" + row + "\"><v>1</v></c></row>")));
                mustName.add(new Named(sheet, null));
            }
            case LAST_SHARED_STRING_REMOVED -> edit(byPart, "xl/sharedStrings.xml", xml -> {
                int start = xml.lastIndexOf("<si>");
                return xml.substring(0, start) + xml.substring(xml.indexOf("</si>", start) + 5);
            });
        }
    }
}
