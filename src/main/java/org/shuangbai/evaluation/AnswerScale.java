package org.shuangbai.evaluation;

import org.shuangbai.plan.LabeledOption;

/** How a channel's answers are given (public-channels.csv, 答案方式). */
public enum AnswerScale implements LabeledOption {
    /** 等级: words such as 满意/基本满意/不满意/不了解, scored by public-answers.csv. */
    GRADE("enum.answerScale.GRADE"),
    /** 分数: a number between the channel's lowest and highest score (1–5, 0–100). */
    SCORE("enum.answerScale.SCORE");

    private final String labelKey;

    AnswerScale(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
