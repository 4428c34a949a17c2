package org.shuangbai.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.YesNo;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Re-checks one input cell against its {@link InputRule} (office suites and macros can bypass data
 * validation) and normalises its value. Numbers typed as text ("8.5", "  8.5 ") are accepted as
 * numbers: the value is unambiguous and cells formatted as text are common; anything else in a
 * number cell ("8.5分", "满分") is an error, as is any formula.
 */
final class InputValidator {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** The last day Excel can show (serial 2958465 in the 1900 system): a larger serial is no date at all. */
    private static final LocalDate LAST_EXCEL_DATE = LocalDate.of(9999, 12, 31);

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
            return fail(spec, c, Messages.text("intake.input.formula", "name", name(rule)),
                    Messages.text("intake.input.formula.todo", "expected", expected(rule)));
        }
        if (c.isEmpty()) {
            return Outcome.ok(null);
        }
        if (c.type() == CellContent.Type.ERROR) {
            return fail(spec, c, Messages.text("intake.input.errorValue"),
                    Messages.text("intake.input.errorValue.todo", "expected", expected(rule)));
        }
        if (c.type() == CellContent.Type.TEXT && c.text().length() > maxCellChars) {
            return fail(spec, c, Messages.text("intake.input.tooLong", "length", c.text().length(), "limit",
                    maxCellChars), Messages.text("intake.input.tooLong.todo"));
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
        } else if (c.type() == CellContent.Type.TEXT && DECIMAL.matcher(CellContent.trim(c.text())).matches()) {
            n = new BigDecimal(CellContent.trim(c.text()));
        } else {
            return fail(spec, c, Messages.text("intake.input.notNumber", "name", name(rule)),
                    Messages.text("intake.input.notNumber.todo", "expected", expected(rule)));
        }
        if (rule.min() != null && n.compareTo(rule.min()) < 0) {
            String what = n.signum() < 0 && rule.min().signum() >= 0
                    ? Messages.text("intake.input.negative", "name", name(rule))
                    : Messages.text("intake.input.belowMin", "name", name(rule), "min", Numbers.plain(rule.min()));
            return fail(spec, c, what, fillIn(rule));
        }
        if (rule.max() != null && n.compareTo(rule.max()) > 0) {
            return fail(spec, c, Messages.text("intake.input.aboveMax", "name", name(rule), "max",
                    Numbers.plain(rule.max())), fillIn(rule));
        }
        return Outcome.ok(Numbers.plain(n));
    }

    private Outcome choice(CellSpec spec, CellContent c, InputRule rule) {
        String t = c.type() == CellContent.Type.NUMBER ? c.text() : CellContent.trim(c.text());
        if (rule.choices().contains(t)) {
            return Outcome.ok(t);
        }
        return fail(spec, c, Messages.text("intake.input.notChoice", "name", name(rule)),
                Messages.text("intake.input.notChoice.todo", "choices", choices(rule)));
    }

    private Outcome date(CellSpec spec, CellContent c, InputRule rule) {
        LocalDate d = null;
        switch (c.type()) {
            case DATE -> d = c.date();
            case NUMBER -> {
                double serial = c.number().doubleValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    d = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                    if (d.isAfter(LAST_EXCEL_DATE)) {
                        d = null;
                    }
                }
            }
            case TEXT -> d = parseDate(CellContent.trim(c.text()));
            default -> d = null;
        }
        if (d == null) {
            return fail(spec, c, Messages.text("intake.input.notDate", "name", name(rule)),
                    Messages.text("intake.input.notDate.todo"));
        }
        if (d.isBefore(earliest) || d.isAfter(latest)) {
            return fail(spec, c, Messages.text("intake.input.dateOutOfRange", "name", name(rule), "date", d,
                    "earliest", earliest, "latest", latest), Messages.text("intake.input.dateOutOfRange.todo"));
        }
        return Outcome.ok(d.toString());
    }

    static LocalDate parseDate(String text) {
        Matcher m = DATE_TEXT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(4) != null) {
                // a time after the date is ignored, but only a real one: 25:99 makes the whole text no date
                java.time.LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Outcome text(CellSpec spec, CellContent c, InputRule rule) {
        String t = switch (c.type()) {
            case TEXT -> CellContent.trim(c.text().replace("\r\n", "\n").replace('\r', '\n'));
            default -> c.text();
        };
        int length = t.codePointCount(0, t.length());
        if (rule.maxLength() > 0 && length > rule.maxLength()) {
            return fail(spec, c, Messages.text("intake.input.textTooLong", "name", name(rule), "length", length,
                    "limit", rule.maxLength()), Messages.text("intake.input.textTooLong.todo", "limit", rule.maxLength()));
        }
        return Outcome.ok(t);
    }

    static Outcome fail(CellSpec spec, CellContent c, String what, String todo) {
        return new Outcome(null, new Problem(spec.sheet(), spec.ref(), c.shown(), what, todo));
    }

    static String name(InputRule rule) {
        return rule.promptTitle() == null || rule.promptTitle().isBlank() ? Messages.text("intake.input.thisItem")
                : Messages.text("intake.input.named", "title", rule.promptTitle());
    }

    /** What to fill in, e.g. 请填写0 到 3 之间的数字。 */
    static String fillIn(InputRule rule) {
        return Messages.text("intake.input.fill.todo", "expected", expected(rule));
    }

    static String expected(InputRule rule) {
        return switch (rule.kind()) {
            case DECIMAL -> Messages.text("intake.expected.decimal",
                    "min", Numbers.plain(rule.min() == null ? BigDecimal.ZERO : rule.min()),
                    "max", rule.max() == null ? Messages.text("intake.expected.unbounded") : Numbers.plain(rule.max()));
            case YES_NO -> Messages.text("intake.expected.yesNo", "yes", YesNo.YES.label(), "no", YesNo.NO.label());
            case DATE -> Messages.text("intake.expected.date");
            case CHOICE -> Messages.text("intake.expected.choice");
            case TEXT -> Messages.text("intake.expected.text");
        };
    }

    private static String choices(InputRule rule) {
        String all = String.join(Messages.text("intake.input.choice.separator"),
                rule.choices().stream().map(s -> Messages.text("intake.input.choice", "choice", s)).toList());
        return all.length() > 200 ? all.substring(0, 200) + "…" : all;
    }
}
