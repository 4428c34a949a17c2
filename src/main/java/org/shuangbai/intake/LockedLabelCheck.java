package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

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
     * Every locked cell as read (what the signature covers) and, in layout order, those that differ from
     * what was issued, with what they hold now.
     */
    record Labels(List<FormContract.LabelRead> read, List<CellSpec> changed, Map<CellSpec, String> found) {
        boolean anyChanged() {
            return !changed.isEmpty();
        }
    }

    Labels read(ReturnedWorkbook book, FormLayout layout) {
        List<FormContract.LabelRead> read = new ArrayList<>();
        List<CellSpec> changed = new ArrayList<>();
        Map<CellSpec, String> found = new LinkedHashMap<>();
        layout.labels().forEach(spec -> {
            CellContent c = book.cell(spec.sheet(), spec.row(), spec.column());
            read.add(new FormContract.LabelRead(spec.sheet(), spec.ref(), c.labelValue()));
            String now = contract.normalize(c.labelValue());
            // a formula whose cached result equals the text is still an edit: its next evaluation may differ
            if (c.isFormula() || !now.equals(contract.normalize(spec.text()))) {
                changed.add(spec);
                found.put(spec, c.isFormula() ? c.shown() : now);
            }
        });
        return new Labels(read, changed, found);
    }

    /** Why the locked cells differ: another unit's workbook, or rows moved and each changed cell. */
    List<Problem> problems(ReturnedWorkbook book, FormLayout layout, AssessedUnit unit, FormKind form,
                           Labels labels) {
        AssessedUnit owner = ownerOfLabels(form, book, unit);
        if (owner != null) {
            return List.of(Problem.ofFile("身份信息写的是“" + unit.name() + "”（" + unit.code() + "），但表格内容是下发给“"
                    + owner.name() + "”（" + owner.code() + "）的：身份信息被从另一单位的工作簿复制或改动过。",
                    "请使用下发给本单位的原始工作簿重新填写。"));
        }
        return labelProblems(book, layout, labels.changed(), labels.found());
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

    private List<Problem> labelProblems(ReturnedWorkbook book, FormLayout layout, List<CellSpec> changed,
                                        Map<CellSpec, String> found) {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> shifts = rowShifts(book, layout, changed);
        shifts.forEach((sheet, shift) -> out.add(new Problem(sheet, null, null, "锁定的表格内容整体错位了 "
                + Math.abs(shift) + " 行：工作表中" + (shift > 0 ? "插入" : "删除") + "了行。",
                "请使用下发的原始工作簿重新填写，不要插入或删除行；需要更多行时请联系考核办。")));
        int n = 0;
        for (CellSpec spec : changed) {
            if (++n > Problem.LISTED_ONE_BY_ONE) {
                out.add(Problem.ofFile("另有 " + (changed.size() - Problem.LISTED_ONE_BY_ONE) + " 个锁定单元格与下发时不同（共 "
                        + changed.size() + " 个）。", "请使用下发的原始工作簿重新填写。"));
                break;
            }
            boolean formula = book.cell(spec.sheet(), spec.row(), spec.column()).isFormula();
            out.add(new Problem(spec.sheet(), spec.ref(), found.get(spec), (formula ? "锁定单元格被改成了公式"
                    + "（程序不会计算它）" : "锁定单元格的内容被改动") + "，下发时应为“"
                    + Problem.abbreviate(contract.normalize(spec.text())) + "”",
                    "请勿修改表中的指标、分值等固定内容；请使用下发的原始工作簿重新填写。"));
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
