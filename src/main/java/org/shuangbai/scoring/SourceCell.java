package org.shuangbai.scoring;

import java.math.BigDecimal;

/** One assessor's figure and the file, sheet and cell it came from. */
public record SourceCell(String assessor, BigDecimal value, String sourceFile, String sheet, String cell,
                         String fileHash) {
}
