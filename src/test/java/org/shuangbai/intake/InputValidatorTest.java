package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shuangbai.forms.CellRole;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.FieldKey;

/**
 * What an input cell may hold and what the ledger keeps of it, one case a line, in the files of
 * {@code src/test/resources/intake/validator/} (read them as the specification). A case is a cell as a
 * returned file holds it, then {@code →} and the value kept, or {@code ✗} and the problem exactly as
 * the office reads it (without the sheet and cell, which every problem names before this text):
 *
 * <pre>
 * rule: decimal 0..3 required title=考核得分      the rule of the cases below (kind, range, choices, …)
 * year: 2009                                    the plan year (dates are accepted within a year either side)
 * text "8.5分"  ✗ 内容为“8.5分”，“考核得分”须为数字，…
 * number 2.50   → 2.5
 * </pre>
 *
 * Cells: {@code blank}, {@code text "…"} (escapes \n \r \t \" \\), {@code number 8.5}, {@code date 2009-12-20}
 * (a typed date, as .ods files hold them), {@code boolean TRUE}, {@code error #DIV/0!} and
 * {@code formula A1+1 <cached cell>}. Other directives: {@code date1904: true} (the workbook counts days
 * from 1904), {@code cell-limit: N} (characters a cell may hold). {@code → (empty)} is a cell left empty.
 */
class InputValidatorTest {
    private static final Path FOLDER = Path.of("src/test/resources/intake/validator");

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                tests.addAll(cases(file));
            }
        }
        assertFalse(tests.isEmpty(), "no cases in " + FOLDER);
        return tests.stream();
    }

    private static List<DynamicTest> cases(Path file) throws IOException {
        List<DynamicTest> out = new ArrayList<>();
        Settings settings = new Settings();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon > 0 && line.substring(0, colon).matches("[a-z0-9-]+")) {
                settings = settings.with(line.substring(0, colon), line.substring(colon + 2).strip());
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            int accepted = line.indexOf(" → ");
            int refused = line.indexOf(" ✗ ");
            int at = accepted >= 0 ? accepted : refused;
            if (at < 0) {
                throw new IllegalArgumentException(where + ": a case needs → or ✗: " + line);
            }
            String cellText = line.substring(0, at).strip();
            String expected = line.substring(at + 3).strip();
            CellContent cell = cell(cellText, where);
            Settings these = settings;
            out.add(DynamicTest.dynamicTest(where + "  " + cellText, () ->
                    assertEquals(expected, outcome(these, cell), where + ": " + cellText)));
        }
        return out;
    }

    /** The value kept, "(empty)", or "✗"-less problem text: what the case line says after its arrow. */
    private static String outcome(Settings s, CellContent cell) {
        CellSpec spec = new CellSpec(null, 1, 1, CellRole.INPUT, FieldKey.of("EFF-01.score"), null, null, s.rule, null);
        InputValidator.Outcome o = new InputValidator(s.date1904, s.cellLimit, s.year).check(spec, cell);
        if (o.problem() != null) {
            return o.problem().describe();
        }
        return o.value() == null ? "(empty)" : escape(o.value());
    }

    private static CellContent cell(String text, String where) {
        String[] parts = text.split(" ", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0]) {
            case "blank" -> CellContent.BLANK;
            case "text" -> CellContent.text(unquote(arg, where), null);
            case "number" -> CellContent.number(new BigDecimal(arg), false, null);
            case "date" -> CellContent.date(LocalDate.parse(arg), null);
            case "boolean" -> CellContent.of(CellContent.Type.BOOLEAN, arg, null);
            case "error" -> CellContent.of(CellContent.Type.ERROR, arg, null);
            case "formula" -> {
                String[] f = arg.split(" ", 2);
                CellContent cached = cell(f[1], where);
                yield new CellContent(cached.type(), cached.text(), cached.number(), cached.dateFormatted(),
                        cached.date(), f[0]);
            }
            default -> throw new IllegalArgumentException(where + ": unknown cell " + text);
        };
    }

    private static String unquote(String quoted, String where) {
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
            throw new IllegalArgumentException(where + ": text is written in quotes: " + quoted);
        }
        StringBuilder sb = new StringBuilder();
        String s = quoted.substring(1, quoted.length() - 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A kept value as the case files write it (line breaks escaped). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** The directives in force: rule, plan year, date system and cell limit. */
    private record Settings(InputRule rule, int year, boolean date1904, int cellLimit) {
        Settings() {
            this(InputRule.text(0, false, null, null), 2009, false, IntakeLimits.DEFAULT.maxCellChars());
        }

        Settings with(String name, String value) {
            return switch (name) {
                case "rule" -> new Settings(rule(value), year, date1904, cellLimit);
                case "year" -> new Settings(rule, Integer.parseInt(value), date1904, cellLimit);
                case "date1904" -> new Settings(rule, year, Boolean.parseBoolean(value), cellLimit);
                case "cell-limit" -> new Settings(rule, year, date1904, Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown directive " + name);
            };
        }

        /** e.g. "decimal 0..3 required title=考核得分", "choice choices=甲|乙", "text max-length=10". */
        private static InputRule rule(String spec) {
            String[] words = spec.split(" ");
            BigDecimal min = null;
            BigDecimal max = null;
            boolean required = false;
            String title = null;
            List<String> choices = List.of();
            int maxLength = 0;
            for (String w : Arrays.asList(words).subList(1, words.length)) {
                if (w.contains("..")) {
                    String[] range = w.split("\\.\\.", -1);
                    min = range[0].isEmpty() ? null : new BigDecimal(range[0]);
                    max = range[1].isEmpty() ? null : new BigDecimal(range[1]);
                } else if (w.equals("required")) {
                    required = true;
                } else if (w.startsWith("title=")) {
                    title = w.substring(6);
                } else if (w.startsWith("choices=")) {
                    choices = List.of(w.substring(8).split("\\|"));
                } else if (w.startsWith("max-length=")) {
                    maxLength = Integer.parseInt(w.substring(11));
                } else {
                    throw new IllegalArgumentException("unknown rule word " + w);
                }
            }
            return switch (words[0]) {
                case "decimal" -> InputRule.decimal(min, max, required, title, null);
                case "date" -> InputRule.date(required, title, null);
                case "yes-no" -> InputRule.yesNo(required, title, null);
                case "choice" -> InputRule.choice(choices, required, title, null);
                case "text" -> InputRule.text(maxLength, required, title, null);
                default -> throw new IllegalArgumentException("unknown rule kind " + words[0]);
            };
        }
    }
}
