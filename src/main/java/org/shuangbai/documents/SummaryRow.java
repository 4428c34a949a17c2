package org.shuangbai.documents;

import java.math.BigDecimal;

/**
 * One unit's line in the score summary table of one system and group. A plan's categories vary in
 * number, so the table has {@value #SLOTS} category columns; {@code h1..h8} title them for this
 * system (null = column unused) and {@code c1..c8} hold the subtotals.
 */
public record SummaryRow(String system, String group, String section, String rank, String unitCode, String unitName,
                         String h1, String h2, String h3, String h4, String h5, String h6, String h7, String h8,
                         BigDecimal c1, BigDecimal c2, BigDecimal c3, BigDecimal c4, BigDecimal c5, BigDecimal c6,
                         BigDecimal c7, BigDecimal c8, BigDecimal total, String grade, String veto, String status) {
    public static final int SLOTS = 8;
}
