package org.shuangbai.evaluation;

import org.shuangbai.plan.CsvTable;

/**
 * A field of one row of a rating export, and the column of public-columns.csv that names the export's
 * header for it. Unit, respondent, answer and time are required; question, respondent kind and channel
 * are optional.
 */
public enum ImportField implements CsvTable.Column {
    UNIT("evaluation.field.unit", true),
    RESPONDENT("evaluation.field.respondent", true),
    ANSWER("evaluation.field.answer", true),
    TIME("evaluation.field.time", true),
    QUESTION("evaluation.field.question", false),
    RESPONDENT_KIND("evaluation.field.respondentKind", false),
    CHANNEL("evaluation.field.channel", false);

    private final String key;
    private final boolean required;

    ImportField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
