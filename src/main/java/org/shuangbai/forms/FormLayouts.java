package org.shuangbai.forms;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * Derives the layout of each distributed workbook from the plan: which cell holds which label, input or
 * formula, and how the sheets look. Pure (no POI): the generator writes what this returns, intake reads
 * returned files by it, and the signature covers its LABEL cells.
 */
public final class FormLayouts {
    private FormLayouts() {
    }

    /** The layout with the bundled default wording. */
    public static FormLayout build(Plan plan, AssessedUnit unit, FormKind kind) {
        return build(plan, unit, kind, FormTexts.bundled());
    }

    /** The layout with a workspace's wording ({@link FormTexts#load}). */
    public static FormLayout build(Plan plan, AssessedUnit unit, FormKind kind, FormTexts texts) {
        LayoutBuilder b = switch (kind) {
            case SCORE -> new ScoreSheetLayout(plan, unit, texts);
            case REGISTRATION, LEDGER -> new RecordFormLayout(plan, unit, kind, texts);
            case ASSESSOR -> throw new IllegalArgumentException("the bodies' workbook is held by a body, not a unit");
        };
        return b.layout();
    }

    /** The workbook of an assessing body (评分单位评分表) with the bundled wording. */
    public static FormLayout build(Plan plan, Assessor body) {
        return build(plan, body, FormTexts.bundled());
    }

    /** The workbook of an assessing body (评分单位评分表) with a workspace's wording. */
    public static FormLayout build(Plan plan, Assessor body, FormTexts texts) {
        return new BodyScoresLayout(plan, body, texts).layout();
    }

    /** The layout a workbook's identity names, rebuilt from the plan: a unit's form or a body's workbook. */
    public static java.util.Optional<FormLayout> build(Plan plan, FormIdentity identity, FormTexts texts) {
        if (identity.form().heldByBody()) {
            return plan.assessors().body(identity.unitCode()).map(b -> build(plan, b, texts));
        }
        return plan.unit(identity.unitCode()).map(u -> build(plan, u, identity.form(), texts));
    }

    /** First date any date cell of the plan year's forms accepts. */
    public static LocalDate earliestDate(int year) {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** Last date any date cell of the plan year's forms accepts. */
    public static LocalDate latestDate(int year) {
        return LocalDate.of(year + 1, 12, 31);
    }

    /** Values for the Velocity templates: plan, unit, form, year. */
    public static Map<String, Object> variables(Plan plan, AssessedUnit unit, FormKind kind) {
        var s = plan.settings();
        Map<String, Object> v = new HashMap<>();
        v.put("year", s.year());
        v.put("plan", Map.of("code", s.planCode(), "title", s.planTitle(), "document", s.planDocument(),
                "office", s.office(), "district", s.district()));
        v.put("unit", Map.of("code", unit.code(), "name", unit.name(), "group", unit.group().label(),
                "kind", unit.kind() == null ? "" : unit.kind()));
        v.put("form", Map.of("title", kind.title(), "option", kind.option()));
        return v;
    }

    /** Values for the Velocity templates of a body's workbook: {@code unit} describes the body. */
    public static Map<String, Object> variables(Plan plan, Assessor body) {
        var s = plan.settings();
        Map<String, Object> v = new HashMap<>();
        v.put("year", s.year());
        v.put("plan", Map.of("code", s.planCode(), "title", s.planTitle(), "document", s.planDocument(),
                "office", s.office(), "district", s.district()));
        v.put("unit", Map.of("code", body.code(), "name", body.name(), "group", body.kind().label(),
                "kind", body.kind().label()));
        v.put("form", Map.of("title", FormKind.ASSESSOR.title(), "option", FormKind.ASSESSOR.option()));
        return v;
    }

    /** Excel forbids []:*?/\ in sheet names and more than 31 characters. */
    static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\']", "_").strip();
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

}
