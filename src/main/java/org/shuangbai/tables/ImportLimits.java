package org.shuangbai.tables;

/**
 * Bounds on one raw file, checked before it is parsed (size) and while it is read (line and record
 * length): a file beyond them is refused whole with a message, never half-read.
 *
 * @param maxTextBytes   size of a CSV file
 * @param maxXlsxBytes   size of an .xlsx file (its shared strings are held in memory while reading)
 * @param maxLineChars   characters of one physical line of a CSV file
 * @param maxRecordLines physical lines one CSV record may span (an unclosed quote would otherwise
 *                       swallow the rest of the file into one field)
 */
public record ImportLimits(long maxTextBytes, long maxXlsxBytes, int maxLineChars, int maxRecordLines) {

    /** 256 MB of CSV holds about 3 million rating rows; 64 MB of .xlsx is a full sheet of them. */
    public static final ImportLimits DEFAULT = new ImportLimits(256L << 20, 64L << 20, 1 << 20, 100);

    /** Megabytes for messages, e.g. "512.3 MB". */
    public static String megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(new java.math.BigDecimal(1 << 20), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " MB";
    }
}
