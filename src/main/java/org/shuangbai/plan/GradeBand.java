package org.shuangbai.plan;

import java.math.BigDecimal;

/** 等次: a total at or above {@code minScore} earns this grade (bands are tried from the highest). */
public record GradeBand(String grade, BigDecimal minScore) {
}
