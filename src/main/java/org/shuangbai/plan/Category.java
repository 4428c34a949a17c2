package org.shuangbai.plan;

import java.math.BigDecimal;
import java.util.List;

/** 一级指标: its max score must equal the sum of its indicators' max scores. */
public record Category(String code, String systemCode, int number, String name, BigDecimal maxScore,
                       List<Indicator> indicators) {
    public Category {
        indicators = List.copyOf(indicators);
    }
}
