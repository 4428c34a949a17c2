package org.shuangbai.documents;

import java.math.BigDecimal;

/**
 * One indicator of a letter, carrying its system's heading and result line so the design can group
 * on {@code system} (a not-scored system has one row with a null indicator).
 */
public record LetterRow(String system, String systemResult, String category, String number, String indicator,
                        BigDecimal max, BigDecimal self, BigDecimal score, String difference, String notes) {
}
