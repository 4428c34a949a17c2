package org.shuangbai.forms;

import java.util.List;

/**
 * Manual page breaks of a landscape A4 score sheet: a category's block of rows is kept on one page
 * when it fits, so a printed category never starts at the foot of a page and continues overleaf.
 */
final class PageBreaks {
    /**
     * Printable height in points of a landscape A4 page at the generator's margins (210 mm less 1.3 in),
     * less a safety margin: a manual break a little early costs white space, one too late a cut row.
     */
    static final float PAGE_HEIGHT = 470f;

    private final float headerHeight;
    private final int headerRow;
    private final List<Integer> breaks;
    private float used;

    /** @param used the height already taken on the first page, the repeated header included */
    PageBreaks(float used, float headerHeight, int headerRow, List<Integer> breaks) {
        this.used = used;
        this.headerHeight = headerHeight;
        this.headerRow = headerRow;
        this.breaks = breaks;
    }

    /** Places a block of rows starting at {@code first}, of the given height; breaks before it if needed. */
    void place(int first, float block) {
        // a block taller than a page is cut anyway: breaking before it would only waste paper
        boolean fitsOnAPage = headerHeight + block <= PAGE_HEIGHT;
        if (used + block > PAGE_HEIGHT && fitsOnAPage && first > headerRow + 1) {
            breaks.add(first - 1);
            used = headerHeight;
        }
        used += block;
    }
}
