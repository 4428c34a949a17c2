package org.shuangbai.plan;

import java.math.BigDecimal;

/** 二级指标, with every column of the seed's table. */
public record Indicator(
        String code,
        String systemCode,
        String categoryCode,
        int number,
        String name,
        String checkMethod,
        String responsibleUnit,
        BigDecimal maxScore,
        String criteria) {
}
