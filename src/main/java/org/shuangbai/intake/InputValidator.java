package org.shuangbai.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.InputRule;

/**
 * Re-checks one input cell against its {@link InputRule} (office suites and macros can bypass data
 * validation) and normalises its value. Numbers typed as text ("8.5", "  8.5 ") are accepted as
 * numbers: the value is unambiguous and cells formatted as text are common; anything else in a
 * number cell ("8.5分", "满分") is an error, as is any formula.
 */
final class InputValidator {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    /** The normalised value, or null for an empty cell; or a problem. */
    record Outcome(String value, Problem problem) {
        static Outcome ok(String value) {
            return new Outcome(value, null);
        }
    }

    private final boolean date1904;
    private final int maxCellChars;
    private final LocalDate earliest;
    private final LocalDate latest;

    /** Dates are accepted within the range the generator's data validation offers for the plan year. */
    InputValidator(boolean date1904, int maxCellChars, int planYear) {
        this.date1904 = date1904;
        this.maxCellChars = maxCellChars;
        this.earliest = org.shuangbai.forms.FormLayouts.earliestDate(planYear);
        this.latest = org.shuangbai.forms.FormLayouts.latestDate(planYear);
    }

    Outcome check(CellSpec spec, CellContent c) {
        InputRule rule = spec.rule();
        if (c.isFormula()) {
            return fail(spec, c, "此处是公式，不是直接填写的内容（" + name(rule) + "须直接填写）",
                    "请删除公式，直接输入" + expected(rule) + "。");
        }
        if (c.isEmpty()) {
            return Outcome.ok(null);
        }
        if (c.type() == CellContent.Type.ERROR) {
            return fail(spec, c, "单元格显示错误值", "请清除该单元格后重新输入" + expected(rule) + "。");
        }
        if (c.type() == CellContent.Type.TEXT && c.text().length() > maxCellChars) {
            return fail(spec, c, "内容长达 " + c.text().length() + " 个字符，超过单元格上限 " + maxCellChars,
                    "请精简内容。");
        }
        return switch (rule.kind()) {
            case DECIMAL -> decimal(spec, c, rule);
            case YES_NO, CHOICE -> choice(spec, c, rule);
            case DATE -> date(spec, c, rule);
            case TEXT -> text(spec, c, rule);
        };
    }

    private Outcome decimal(CellSpec spec, CellContent c, InputRule rule) {
        BigDecimal n;
        if (c.type() == CellContent.Type.NUMBER) {
            n = c.number();
        } else if (c.type() == CellContent.Type.TEXT && DECIMAL.matcher(c.text().strip()).matches()) {
            n = new BigDecimal(c.text().strip());
        } else {
            return fail(spec, c, name(rule) + "须为数字，不能填写文字或其他内容", "请只填写" + expected(rule)
                    + "（例如 8.5），说明文字请写在扣分说明栏。");
        }
        if (rule.min() != null && n.compareTo(rule.min()) < 0) {
            String what = n.signum() < 0 && rule.min().signum() >= 0 ? name(rule) + "不能为负数"
                    : name(rule) + "小于下限 " + plain(rule.min());
            return fail(spec, c, what, "请填写" + expected(rule) + "。");
        }
        if (rule.max() != null && n.compareTo(rule.max()) > 0) {
            return fail(spec, c, name(rule) + "超过本项分值 " + plain(rule.max()) + " 分",
                    "请填写" + expected(rule) + "。");
        }
        return Outcome.ok(plain(n));
    }

    private Outcome choice(CellSpec spec, CellContent c, InputRule rule) {
        String t = c.type() == CellContent.Type.NUMBER ? c.text() : c.text().strip();
        if (rule.choices().contains(t)) {
            return Outcome.ok(t);
        }
        return fail(spec, c, name(rule) + "不是可选的值", "请从下拉列表中选择：" + choices(rule) + "。");
    }

    private Outcome date(CellSpec spec, CellContent c, InputRule rule) {
        LocalDate d = null;
        switch (c.type()) {
            case DATE -> d = c.date();
            case NUMBER -> {
                double serial = c.number().doubleValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    d = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                }
            }
            case TEXT -> d = parseDate(c.text().strip());
            default -> d = null;
        }
        if (d == null) {
            return fail(spec, c, name(rule) + "不是有效的日期", "请按“2009-12-20”的格式填写日期。");
        }
        if (d.isBefore(earliest) || d.isAfter(latest)) {
            return fail(spec, c, name(rule) + "的日期 " + d + " 不在 " + earliest + " 至 " + latest + " 之间",
                    "请核对年份后重新填写（格式如 2009-12-20）。");
        }
        return Outcome.ok(d.toString());
    }

    static LocalDate parseDate(String text) {
        Matcher m = DATE_TEXT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Outcome text(CellSpec spec, CellContent c, InputRule rule) {
        String t = switch (c.type()) {
            case TEXT -> c.text().replace("\r\n", "\n").replace('\r', '\n').strip();
            default -> c.text();
        };
        int length = t.codePointCount(0, t.length());
        if (rule.maxLength() > 0 && length > rule.maxLength()) {
            return fail(spec, c, name(rule) + "共 " + length + " 个字，超过上限 " + rule.maxLength() + " 个字",
                    "请精简到 " + rule.maxLength() + " 个字以内。");
        }
        return Outcome.ok(t);
    }

    static Outcome fail(CellSpec spec, CellContent c, String what, String todo) {
        return new Outcome(null, new Problem(spec.sheet(), spec.ref(), c.shown(), what, todo));
    }

    static String name(InputRule rule) {
        return rule.promptTitle() == null || rule.promptTitle().isBlank() ? "该项" : "“" + rule.promptTitle() + "”";
    }

    static String expected(InputRule rule) {
        return switch (rule.kind()) {
            case DECIMAL -> plain(rule.min() == null ? BigDecimal.ZERO : rule.min()) + " 到 "
                    + (rule.max() == null ? "不限" : plain(rule.max())) + " 之间的数字";
            case YES_NO -> "“是”或“否”";
            case DATE -> "日期（如 2009-12-20）";
            case CHOICE -> "下拉列表中的一项";
            case TEXT -> "内容";
        };
    }

    private static String choices(InputRule rule) {
        String all = String.join("、", rule.choices().stream().map(s -> "“" + s + "”").toList());
        return all.length() > 200 ? all.substring(0, 200) + "…" : all;
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
