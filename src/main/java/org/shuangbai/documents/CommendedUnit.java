package org.shuangbai.documents;

import java.math.BigDecimal;

/** One line of the 先进单位名单: units in rank order within their system and group. */
public record CommendedUnit(String system, String group, int number, String unitName, BigDecimal total,
                            String grade, String note) {
}
