package org.shuangbai.forms;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two units' layouts of one form have the same shape: everything equal but what belongs to
 * the unit, namely the texts of non-numeric LABEL cells (titles and instructions naming the unit), the
 * print header and footer texts, the unit code of the identity and, where the template can rewrite them,
 * the choices of an inline list rule (the 立项表's task numbers are the unit's own tasks). POI writes two
 * layouts of one shape with the same calls in the same order. Records are compared component by component,
 * so a component added to them later is compared too.
 */
final class LayoutShape {
    private static final Set<String> CELL_TEXT = Set.of("text");
    private static final Set<String> PRINT_TEXTS = Set.of("printHeader", "printHeaderRight", "printFooter");
    private static final Set<String> UNIT = Set.of("unitCode");

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /**
     * The components {@link #sameCell} compares by hand. Records' own equals goes through method
     * handles that the C1-only JIT does not inline: comparing a layout's cells that way cost more than
     * a millisecond. Should a component be added, the generic comparison is used instead.
     */
    private static final boolean KNOWN_COMPONENTS =
            names(CellSpec.class).equals(List.of("sheet", "row", "column", "role", "key", "labelId", "text", "rule", "format"))
            && names(InputRule.class).equals(List.of("kind", "min", "max", "choices", "maxLength", "required",
                    "promptTitle", "prompt"));

    private LayoutShape() {
    }

    /** A cell whose text may differ between units of one shape: a LABEL not written as a number. */
    static boolean unitText(CellSpec cell) {
        return cell.role() == CellRole.LABEL && cell.format() != CellFormat.NUMBER;
    }

    /**
     * @param unitText      per cell of {@code reference}: {@link #unitText}
     * @param unitChoices   per cell of {@code reference}: may its rule's choices differ, as long as they are
     *                      written inline ({@link WorkbookGenerator#inlineFormula})?
     */
    static boolean same(FormLayout reference, FormLayout layout, boolean[] unitText, boolean[] unitChoices) {
        if (!layout.sheets().equals(reference.sheets()) || layout.cells().size() != reference.cells().size()
                || layout.formats().size() != reference.formats().size()
                || !sameExcept(reference.identity(), layout.identity(), UNIT)) {
            return false;
        }
        boolean choicesDiffer = false;
        for (int i = 0; i < unitText.length; i++) {
            CellSpec a = reference.cells().get(i);
            CellSpec b = layout.cells().get(i);
            boolean same = KNOWN_COMPONENTS ? sameCell(a, b, unitText[i])
                    : a.equals(b) || (unitText[i] && sameExcept(a, b, CELL_TEXT));
            if (!same && unitChoices[i] && KNOWN_COMPONENTS && sameCellBut(a, b, unitText[i])
                    && b.rule() != null && sameRuleBut(a.rule(), b.rule())
                    && WorkbookGenerator.inlineFormula(b.rule().choices()) != null) {
                same = true;
                choicesDiffer = true;
            }
            if (!same) {
                return false;
            }
        }
        if (choicesDiffer && !sameGrouping(reference, layout)) {
            return false;
        }
        for (int i = 0; i < reference.formats().size(); i++) {
            SheetFormat a = reference.formats().get(i);
            SheetFormat b = layout.formats().get(i);
            if (!a.equals(b) && !sameExcept(a, b, PRINT_TEXTS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The generator writes one validation per distinct rule of a sheet: where choices differ, the input cells
     * must still fall into the same groups of equal rules, in both layouts.
     */
    private static boolean sameGrouping(FormLayout reference, FormLayout layout) {
        Map<InputRule, InputRule> there = new HashMap<>();
        Map<InputRule, InputRule> back = new HashMap<>();
        for (int i = 0; i < reference.cells().size(); i++) {
            InputRule a = reference.cells().get(i).rule();
            InputRule b = layout.cells().get(i).rule();
            if (reference.cells().get(i).role() != CellRole.INPUT || a == null) {
                continue;
            }
            InputRule was = there.putIfAbsent(a, b);
            InputRule wasBack = back.putIfAbsent(b, a);
            if (was != null && !was.equals(b) || wasBack != null && !wasBack.equals(a)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCell(CellSpec a, CellSpec b, boolean textMayDiffer) {
        return sameCellBut(a, b, textMayDiffer) && sameRule(a.rule(), b.rule());
    }

    /** Equal in every component but the rule (and the text, where it may differ). */
    private static boolean sameCellBut(CellSpec a, CellSpec b, boolean textMayDiffer) {
        return a.row() == b.row() && a.column() == b.column() && a.role() == b.role() && a.format() == b.format()
                && Objects.equals(a.sheet(), b.sheet()) && Objects.equals(a.labelId(), b.labelId())
                && (textMayDiffer || Objects.equals(a.text(), b.text())) && Objects.equals(a.key(), b.key());
    }

    private static boolean sameRule(InputRule a, InputRule b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameRuleBut(a, b) && Objects.equals(a.choices(), b.choices());
    }

    /** Equal in every component but the choices. */
    private static boolean sameRuleBut(InputRule a, InputRule b) {
        return a.kind() == b.kind() && a.maxLength() == b.maxLength() && a.required() == b.required()
                && Objects.equals(a.min(), b.min()) && Objects.equals(a.max(), b.max())
                && Objects.equals(a.promptTitle(), b.promptTitle()) && Objects.equals(a.prompt(), b.prompt());
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Two records of one type are equal in every component but the named ones. */
    private static boolean sameExcept(Record a, Record b, Set<String> ignored) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        try {
            for (RecordComponent c : COMPONENTS.get(a.getClass())) {
                if (!ignored.contains(c.getName())
                        && !Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
