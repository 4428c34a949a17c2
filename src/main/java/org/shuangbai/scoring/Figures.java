package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link BigDecimal} per distinct figure within a scoring run. Thousands of units repeat the
 * same few scores (8.5, 10.00), and the results keep every figure with its source cells for as
 * long as documents are rendered from them: one shared object per value instead of one per cell
 * (at 10,000 units, about two million copies and 80 MB).
 */
final class Figures {
    private final Map<BigDecimal, BigDecimal> seen = new HashMap<>();

    /** The shared instance equal to {@code v} (same value and scale); null stays null. */
    BigDecimal of(BigDecimal v) {
        return v == null ? null : seen.computeIfAbsent(v, k -> k);
    }
}
