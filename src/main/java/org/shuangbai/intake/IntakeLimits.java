package org.shuangbai.intake;

import java.time.Duration;

/**
 * Bounds on what one returned file may cost, enforced before and while parsing (documented in the
 * README): a bigger or deeper file is rejected, never half-read.
 *
 * @param maxFileBytes     size on disk, checked before anything is parsed
 * @param maxZipEntries    entries of an .xlsx/.ods package
 * @param maxEntryBytes    inflated size of one package entry
 * @param maxInflatedBytes inflated size of all entries together
 * @param maxCellChars     characters of one input cell
 * @param timeout          wall time to read and check one file; zero gives no time at all (every file times
 *                         out without being read, which lets a test force a timeout without timing anything)
 */
public record IntakeLimits(long maxFileBytes, int maxZipEntries, long maxEntryBytes, long maxInflatedBytes,
                           int maxCellChars, Duration timeout) {

    public static final IntakeLimits DEFAULT = new IntakeLimits(20L << 20, 2_000, 100L << 20, 300L << 20, 32_767,
            Duration.ofSeconds(60));

    /** These limits with another time limit per file. */
    public IntakeLimits withTimeout(Duration limit) {
        return new IntakeLimits(maxFileBytes, maxZipEntries, maxEntryBytes, maxInflatedBytes, maxCellChars, limit);
    }

    /**
     * Bytes in MB to one decimal. A size is rounded up and a limit down, so a file over a limit never reads
     * as no larger than it (20 MB and one byte: "20.1 MB, over 20 MB", not "20 MB, over 20 MB").
     */
    public static String megabytes(long bytes, java.math.RoundingMode rounding) {
        return new java.math.BigDecimal(bytes).divide(new java.math.BigDecimal(1 << 20), 1, rounding)
                .stripTrailingZeros().toPlainString() + " MB";
    }
}
