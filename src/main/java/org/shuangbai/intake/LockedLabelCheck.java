package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.forms.CellFormat;
import org.shuangbai.forms.CellRole;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * The locked cells (indicators, max scores, instructions) compared with what the generator wrote for
 * the claimed unit and form. When they differ it says why as precisely as it can: the whole workbook is
 * another unit's (its identity was copied or edited), rows were inserted or deleted (most changed labels
 * are found again a few rows away), or each changed cell with what it should hold.
 */
record LockedLabelCheck(Plan plan, FormContract contract) {
    /** How far (in rows, either way) a sheet's labels are looked for again when they moved. */
    private static final int MAX_ROW_SHIFT = 20;

    /**
     * In layout order, the locked cells that differ from what was issued, with what they hold now. When none
     * does, the cells as read are the layout's, and the signature is checked over those.
     */
    record Labels(List<CellSpec> changed, Map<CellSpec, String> found) {
        boolean anyChanged() {
            return !changed.isEmpty();
        }
    }

    Labels read(ReturnedWorkbook book, FormLayout layout) {
        List<CellSpec> changed = new ArrayList<>();
        Map<CellSpec, String> found = new LinkedHashMap<>();
        for (CellSpec spec : layout.cells()) {
            if (spec.role() != CellRole.LABEL) {
                continue;
            }
            CellContent c = book.cell(spec.sheet(), spec.row(), spec.column());
            String now = contract.normalize(c.labelValue());
            // a formula whose cached result equals the text is still an edit: its next evaluation may differ
            if (c.isFormula() || !now.equals(contract.normalize(spec.text()))) {
                changed.add(spec);
                found.put(spec, c.isFormula() ? c.shown() : now);
            }
        }
        return new Labels(changed, found);
    }

    /**
     * Why the locked cells differ: another unit's (or body's) workbook, or rows moved and each changed cell.
     * @param unit the claimed unit, null for a body's workbook
     * @param body the claimed body, null for a unit's form
     */
    List<Problem> problems(ReturnedWorkbook book, FormLayout layout, AssessedUnit unit, Assessor body, FormKind form,
                           Labels labels) {
        if (body != null) {
            Assessor owner = ownerOfLabels(book, body);
            if (owner != null) {
                return List.of(Problem.ofFile(Messages.text("intake.body.copiedIdentity", "claimed", body.name(),
                        "claimedCode", body.code(), "owner", owner.name(), "ownerCode", owner.code()),
                        Messages.text("intake.body.useOwn")));
            }
            return labelProblems(book, layout, labels.changed(), labels.found(), body);
        }
        AssessedUnit owner = ownerOfLabels(form, book, unit);
        if (owner != null) {
            return List.of(Problem.ofFile(Messages.text("intake.labels.otherUnit", "unit", unit.name(),
                    "unitCode", unit.code(), "owner", owner.name(), "ownerCode", owner.code()),
                    Messages.text("intake.todo.useOriginal")));
        }
        return labelProblems(book, layout, labels.changed(), labels.found(), null);
    }

    /** Another body whose workbook these locked cells exactly are (identity copied from elsewhere). */
    private Assessor ownerOfLabels(ReturnedWorkbook book, Assessor claimed) {
        for (Assessor other : plan.assessors().bodies()) {
            if (other.equals(claimed)) {
                continue;
            }
            FormLayout l = contract.layout(other);
            boolean all = l.labels().allMatch(spec -> holds(book.cell(spec.sheet(), spec.row(), spec.column()), spec));
            if (all) {
                return other;
            }
        }
        return null;
    }

    /** Another unit whose workbook these locked cells exactly are (identity copied from elsewhere). */
    private AssessedUnit ownerOfLabels(FormKind form, ReturnedWorkbook book, AssessedUnit claimed) {
        for (AssessedUnit other : plan.units()) {
            if (other.equals(claimed)) {
                continue;
            }
            FormLayout l = contract.layout(other, form);
            boolean all = l.labels().allMatch(spec -> holds(book.cell(spec.sheet(), spec.row(), spec.column()), spec));
            if (all) {
                return other;
            }
        }
        return null;
    }

    /** @param body the holder when the workbook is a body's, else null */
    private List<Problem> labelProblems(ReturnedWorkbook book, FormLayout layout, List<CellSpec> changed,
                                        Map<CellSpec, String> found, Assessor body) {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> shifts = rowShifts(book, layout, changed);
        shifts.forEach((sheet, shift) -> out.add(Problem.ofSheet(sheet,
                Messages.text(shift > 0 ? "intake.labels.rowsInserted" : "intake.labels.rowsDeleted", "rows",
                        Math.abs(shift)), Messages.text("intake.labels.rowsShifted.todo"))));
        int n = 0;
        for (CellSpec spec : changed) {
            if (++n > Problem.LISTED_ONE_BY_ONE) {
                out.add(Problem.ofFile(Messages.text("intake.labels.more", "more",
                        changed.size() - Problem.LISTED_ONE_BY_ONE, "count", changed.size()),
                        Messages.text("intake.labels.more.todo")));
                break;
            }
            boolean formula = book.cell(spec.sheet(), spec.row(), spec.column()).isFormula();
            if (spec.format() == CellFormat.NOT_SCORED && !formula) {
                // a grey cell: nothing is to be filled there, a value is not an edit of a label but a score out of place
                out.add(new Problem(spec.sheet(), spec.ref(), found.get(spec), body != null
                        ? Messages.text("intake.body.notAssigned", "assessor", body.name())
                        : Messages.text("intake.sheet.byBodies"), Messages.text(body != null
                        ? "intake.body.notAssigned.todo" : "intake.sheet.byBodies.todo")));
                continue;
            }
            out.add(new Problem(spec.sheet(), spec.ref(), found.get(spec),
                    Messages.text(formula ? "intake.labels.formula" : "intake.labels.changed", "text",
                            Problem.abbreviate(contract.normalize(spec.text()))),
                    Messages.text("intake.labels.changed.todo")));
        }
        return out;
    }

    /** Whether a cell shows the text the generator wrote into this label (as the signature normalises it). */
    private boolean holds(CellContent cell, CellSpec label) {
        return contract.normalize(cell.labelValue()).equals(contract.normalize(label.text()));
    }

    /** Per sheet, a row offset at which most changed labels are found again (rows inserted or deleted). */
    private Map<String, Integer> rowShifts(ReturnedWorkbook book, FormLayout layout, List<CellSpec> changed) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String sheet : layout.sheets()) {
            List<CellSpec> here = changed.stream().filter(s -> s.sheet().equals(sheet))
                    .filter(s -> !contract.normalize(s.text()).isEmpty()).toList();
            if (here.size() < 2) {
                continue;
            }
            for (int k = 1; k <= MAX_ROW_SHIFT && !out.containsKey(sheet); k++) {
                for (int shift : new int[] {k, -k}) {
                    long hits = here.stream().filter(s -> s.row() + shift >= 0)
                            .filter(s -> holds(book.cell(sheet, s.row() + shift, s.column()), s)).count();
                    if (hits * 2 > here.size()) {
                        out.put(sheet, shift);
                        break;
                    }
                }
            }
        }
        return out;
    }
}
