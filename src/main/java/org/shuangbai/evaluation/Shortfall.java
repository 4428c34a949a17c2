package org.shuangbai.evaluation;

import org.shuangbai.plan.LabeledOption;

/** What a unit's sample below a channel's minimum does (public-channels.csv, 样本不足时). */
public enum Shortfall implements LabeledOption {
    /** 该指标待补: every indicator the channel weighs in is owed for the unit (not zero). */
    OWED("enum.shortfall.OWED"),
    /** 不计此渠道: the channel is left out and the other channels' weights are scaled up to 1. */
    LEAVE_OUT("enum.shortfall.LEAVE_OUT");

    private final String labelKey;

    Shortfall(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
