package org.shuangbai.documents;

import java.math.BigDecimal;

/** One bar of a letter's chart: the unit's or its group's average score in one category. */
public record ChartRow(String series, String category, BigDecimal value) {
}
