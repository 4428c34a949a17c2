package org.shuangbai.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.app.BodyView;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.Veto;

/**
 * An assessing body's page: its workbook's standing (as on the board), the files received in order with
 * their verdicts, and the units × indicators it still owes, one row per unit.
 */
public final class BodyPage {
    /** An indicator (or veto) owed, with what the office reads for it. */
    public record Target(String code, String name) {
    }

    /** A unit the body still owes scores for, and which. */
    public record OwedUnit(String code, String name, String group, List<Target> targets) {
    }

    private final BodyView view;
    private final String state;
    private final String due;
    private final List<OwedUnit> owed;

    private BodyPage(BodyView view, String state, String due, List<OwedUnit> owed) {
        this.view = view;
        this.state = state;
        this.due = due;
        this.owed = owed;
    }

    static BodyPage of(BodyView view, Plan plan, LocalDate today) {
        BodyStatus s = view.status();
        String state = BoardPage.state(view.deadlines(), FormKind.ASSESSOR, s.state(), today);
        Map<AssessedUnit, List<Target>> byUnit = new LinkedHashMap<>();
        for (BodyStatus.Owed o : s.owed()) {
            byUnit.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(target(plan, o.target()));
        }
        List<OwedUnit> owed = new ArrayList<>();
        byUnit.forEach((u, targets) -> owed.add(new OwedUnit(u.code(), u.name(), u.group().label(),
                List.copyOf(targets))));
        return new BodyPage(view, state, view.deadlines().due(FormKind.ASSESSOR).map(Object::toString).orElse(""),
                List.copyOf(owed));
    }

    /** An indicator or veto by code, with its name (a veto's situation). */
    static Target target(Plan plan, String code) {
        return new Target(code, plan.indicator(code).map(Indicator::name)
                .or(() -> plan.veto(code).map(Veto::situation)).orElse(""));
    }

    public Assessor body() {
        return view.status().body();
    }

    public BodyStatus status() {
        return view.status();
    }

    public BodyView view() {
        return view;
    }

    /** accepted, rejected, missing or overdue, as on the board. */
    public String state() {
        return state;
    }

    /** The workbook's due date, or "" when none is set. */
    public String due() {
        return due;
    }

    /** The units it still owes scores for, in plan order. */
    public List<OwedUnit> owed() {
        return owed;
    }

    /** How many (unit, indicator) pairs it owes. */
    public int owedPairs() {
        return view.status().owed().size();
    }
}
