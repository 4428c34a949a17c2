package org.shuangbai.intake;

import java.util.List;

import org.shuangbai.forms.BodyMatrix;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * The unit row and indicator column of a problem's cell in words, for a body's workbook (单位 S07 朝外街道办事处，
 * 指标 EFF-02 工作制度完善): in a matrix of 91 rows × 23 columns a cell reference alone does not tell the clerk
 * whose score is wrong. Nothing is added for a unit's forms (no matrix).
 */
final class MatrixSubjects {
    private static final MatrixSubjects NONE = new MatrixSubjects(null, null);

    private final Plan plan;
    private final FormLayout layout;
    /** Read from the layout only when a problem is to be named: an accepted workbook of 10,000 rows needs none. */
    private BodyMatrix matrix;

    private MatrixSubjects(Plan plan, FormLayout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    /** @param bodyLayout the layout of a body's workbook, or null for a unit's form */
    static MatrixSubjects of(Plan plan, FormLayout bodyLayout) {
        return bodyLayout == null ? NONE : new MatrixSubjects(plan, bodyLayout);
    }

    List<Problem> name(List<Problem> problems) {
        if (layout == null || problems.isEmpty()) {
            return problems;
        }
        if (matrix == null) {
            matrix = BodyMatrix.of(layout);
        }
        return problems.stream().map(p -> {
            String words = words(p);
            return words == null ? p : p.withSubject(words);
        }).toList();
    }

    private String words(Problem p) {
        if (p.sheet() == null || p.cell() == null) {
            return null;
        }
        String unit = matrix.unit(p.sheet(), p.cell()).map(code -> Messages.text("intake.subject.unit", "code", code,
                "name", plan.unit(code).map(AssessedUnit::name).orElse(""))).orElse(null);
        String target = matrix.target(p.sheet(), p.cell()).map(this::target).orElse(null);
        if (unit != null && target != null) {
            return Messages.text("intake.subject.both", "unit", unit, "target", target);
        }
        return unit != null ? unit : target;
    }

    private String target(String code) {
        var veto = plan.veto(code);
        if (veto.isPresent()) {
            return Messages.text("intake.subject.veto", "code", code, "number", veto.get().number());
        }
        return Messages.text("intake.subject.indicator", "code", code,
                "name", plan.indicator(code).map(Indicator::name).orElse(""));
    }
}
