package org.shuangbai.forms;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two units' layouts of one form have the same shape: everything equal but what belongs to
 * the unit, namely the texts of non-numeric LABEL cells (titles and instructions naming the unit), the
 * print header and footer texts and the unit code of the identity. POI writes two layouts of one shape
 * with the same calls in the same order. Records are compared component by component, so a component
 * added to them later is compared too.
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

    /** @param unitText per cell of {@code reference}: {@link #unitText} */
    static boolean same(FormLayout reference, FormLayout layout, boolean[] unitText) {
        if (!layout.sheets().equals(reference.sheets()) || layout.cells().size() != reference.cells().size()
                || layout.formats().size() != reference.formats().size()
                || !sameExcept(reference.identity(), layout.identity(), UNIT)) {
            return false;
        }
        for (int i = 0; i < unitText.length; i++) {
            CellSpec a = reference.cells().get(i);
            CellSpec b = layout.cells().get(i);
            boolean same = KNOWN_COMPONENTS ? sameCell(a, b, unitText[i])
                    : a.equals(b) || (unitText[i] && sameExcept(a, b, CELL_TEXT));
            if (!same) {
                return false;
            }
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

    private static boolean sameCell(CellSpec a, CellSpec b, boolean textMayDiffer) {
        return a.row() == b.row() && a.column() == b.column() && a.role() == b.role() && a.format() == b.format()
                && Objects.equals(a.sheet(), b.sheet()) && Objects.equals(a.labelId(), b.labelId())
                && (textMayDiffer || Objects.equals(a.text(), b.text())) && Objects.equals(a.key(), b.key())
                && sameRule(a.rule(), b.rule());
    }

    private static boolean sameRule(InputRule a, InputRule b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.kind() == b.kind() && a.maxLength() == b.maxLength() && a.required() == b.required()
                && Objects.equals(a.min(), b.min()) && Objects.equals(a.max(), b.max())
                && Objects.equals(a.choices(), b.choices()) && Objects.equals(a.promptTitle(), b.promptTitle())
                && Objects.equals(a.prompt(), b.prompt());
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
