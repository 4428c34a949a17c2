package org.shuangbai.evaluation;

import org.shuangbai.plan.CsvTable;

/** A column of the 公共评议 rule files (public-*.csv); the header words live in messages.properties. */
enum RulesColumn implements CsvTable.Column {
    CODE("evaluation.column.code"),
    NAME("evaluation.column.name"),
    ALIASES("evaluation.column.aliases"),
    SCALE("evaluation.column.scale"),
    LOW("evaluation.column.low"),
    HIGH("evaluation.column.high"),
    MIN_SAMPLE("evaluation.column.minSample"),
    SHORTFALL("evaluation.column.shortfall"),
    FROM("evaluation.column.from"),
    TO("evaluation.column.to"),
    CHANNEL("evaluation.column.channel"),
    ANSWER("evaluation.column.answer"),
    POINTS("evaluation.column.points"),
    INDICATOR("evaluation.column.indicator"),
    WEIGHT("evaluation.column.weight");

    private final String key;

    RulesColumn(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
