package org.shuangbai.plan;

/**
 * A column of the plan's CSV tables. Its header word lives in messages.properties (plan.column.*): a table
 * may head the column as reworded there or as bundled, and problems name the column by that word.
 */
enum PlanColumn implements CsvTable.Column {
    CODE("plan.column.code"),
    NAME("plan.column.name"),
    SHORT_NAME("plan.column.shortName"),
    ATTACHMENT_NUMBER("plan.column.attachmentNumber"),
    TOTAL("plan.column.total"),
    INDICATOR_COLUMN_TITLE("plan.column.indicatorColumnTitle"),
    CRITERIA_COLUMN_TITLE("plan.column.criteriaColumnTitle"),
    VETO_PREAMBLE("plan.column.vetoPreamble"),
    SYSTEM("plan.column.system"),
    NUMBER("plan.column.number"),
    CATEGORY("plan.column.category"),
    MAX_SCORE("plan.column.maxScore"),
    CATEGORY_CODE("plan.column.categoryCode"),
    INDICATOR("plan.column.indicator"),
    CHECK_METHOD("plan.column.checkMethod"),
    RESPONSIBLE_BODY("plan.column.responsibleBody"),
    INDICATOR_MAX_SCORE("plan.column.indicatorMaxScore"),
    CRITERIA("plan.column.criteria"),
    SITUATION("plan.column.situation"),
    EFFECT("plan.column.effect"),
    APPLIES_TO("plan.column.appliesTo"),
    GROUP("plan.column.group"),
    KIND("plan.column.kind"),
    LIST("plan.column.list"),
    VALUE("plan.column.value"),
    COVER("plan.column.cover"),
    NOTE("plan.column.note"),
    TARGET("plan.column.target"),
    ASSESSOR("plan.column.assessor"),
    SCOPE("plan.column.scope"),
    COMBINATION("plan.column.combination"),
    WEIGHT("plan.column.weight");

    private final String key;

    PlanColumn(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
