package org.shuangbai.forms;

import java.math.BigDecimal;
import java.util.List;

import org.shuangbai.plan.YesNo;

/**
 * What an input cell accepts. The generator turns it into Excel data validation with a Chinese
 * prompt; intake re-checks it, because office suites and macros can bypass validation.
 *
 * @param required for a cell of a record row (see {@link CellSpec#record()}): required once any cell
 *                 of that row is filled; otherwise required always
 */
public record InputRule(Kind kind, BigDecimal min, BigDecimal max, List<String> choices, int maxLength,
                        boolean required, String promptTitle, String prompt) {

    public enum Kind { DECIMAL, YES_NO, DATE, CHOICE, TEXT }

    public InputRule {
        choices = List.copyOf(choices);
    }

    public static InputRule decimal(BigDecimal min, BigDecimal max, boolean required, String title, String prompt) {
        return new InputRule(Kind.DECIMAL, min, max, List.of(), 0, required, title, prompt);
    }

    public static InputRule yesNo(boolean required, String title, String prompt) {
        return new InputRule(Kind.YES_NO, null, null, YesNo.labels(), 0, required, title, prompt);
    }

    public static InputRule date(boolean required, String title, String prompt) {
        return new InputRule(Kind.DATE, null, null, List.of(), 0, required, title, prompt);
    }

    public static InputRule choice(List<String> choices, boolean required, String title, String prompt) {
        return new InputRule(Kind.CHOICE, null, null, choices, 0, required, title, prompt);
    }

    public static InputRule text(int maxLength, boolean required, String title, String prompt) {
        return new InputRule(Kind.TEXT, null, null, List.of(), maxLength, required, title, prompt);
    }
}
