package org.shuangbai.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.app.UnitView;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.VetoFinding;
import org.shuangbai.text.Lists;

/** A unit's page: its forms (standing, files in order, values adopted) and its results, shaped for the template. */
public final class UnitPage {
    /** A value with the indicator it belongs to (when it belongs to one) and where it was read. */
    public record Value(String field, String indicator, String value, String assessor, String location,
                        String sourcePath) {
    }

    public record Form(String title, String state, boolean correctionRejected, String due, List<FileRecord> files,
                       List<Value> values) {
    }

    /** A body that scores the unit: its workbook's state (as on the board) and what it owes this unit. */
    public record Body(String code, String name, String state, boolean correctionRejected, List<BodyPage.Target> owed) {
    }

    public record Subtotal(String category, String value) {
    }

    public record Result(String system, String status, boolean scored, String total, Integer rank, String grade,
                         boolean commended, boolean eligible, String vetoes, List<Subtotal> subtotals, String note) {
    }

    private final UnitView view;
    private final List<Form> forms;
    private final List<Result> results;
    private final List<Body> bodies;

    private UnitPage(UnitView view, List<Form> forms, List<Result> results, List<Body> bodies) {
        this.view = view;
        this.forms = forms;
        this.results = results;
        this.bodies = bodies;
    }

    static UnitPage of(UnitView view, Plan plan, java.time.LocalDate today) {
        List<Form> forms = new ArrayList<>();
        for (UnitView.Form f : view.forms()) {
            FormStatus s = f.status();
            String state = BoardPage.state(view.deadlines(), s, today);
            List<Value> values = new ArrayList<>();
            for (RecordedValue v : f.values()) {
                String indicator = v.field() instanceof FieldKey.IndicatorField i
                        ? plan.indicator(i.indicatorCode()).map(Indicator::name).orElse("") : "";
                values.add(new Value(v.field().text(), indicator, v.value(), v.assessor(), v.location(),
                        v.sourcePath()));
            }
            forms.add(new Form(s.form().title(), state, s.rejectedAfterAccepted(),
                    view.deadlines().due(s.form()).map(Object::toString).orElse(""), f.history(), values));
        }
        List<Result> results = new ArrayList<>();
        for (UnitResult r : view.results()) {
            IndicatorSystem system = plan.system(r.systemCode()).orElse(null);
            List<Subtotal> subtotals = new ArrayList<>();
            if (system != null && r.categoryTotals() != null) {
                for (Category c : system.categories()) {
                    BigDecimal v = r.categoryTotals().get(c.code());
                    subtotals.add(new Subtotal(c.name(), v == null ? "" : v.toPlainString()));
                }
            }
            results.add(new Result(system == null ? r.systemCode() : system.shortName(), r.status().label(),
                    r.total() != null, r.total() == null ? "" : r.total().toPlainString(), r.rank(),
                    r.grade() == null ? "" : r.grade(), r.commended(), r.eligible(),
                    r.vetoes().stream().map(VetoFinding::explanation).collect(Lists.clauses()), subtotals,
                    r.note() == null ? "" : r.note()));
        }
        List<Body> bodies = new ArrayList<>();
        for (BodyStatus b : view.bodies()) {
            bodies.add(new Body(b.body().code(), b.body().name(),
                    BoardPage.state(view.deadlines(), FormKind.ASSESSOR, b.state(), today), b.rejectedAfterAccepted(),
                    view.owedHere(b).stream().map(t -> BodyPage.target(plan, t)).toList()));
        }
        return new UnitPage(view, forms, results, List.copyOf(bodies));
    }

    public UnitView view() {
        return view;
    }

    public List<Form> forms() {
        return forms;
    }

    public List<Result> results() {
        return results;
    }

    /** The assessing bodies that score the unit (none in a plan without bodies). */
    public List<Body> bodies() {
        return bodies;
    }
}
