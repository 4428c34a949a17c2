package org.shuangbai.documents;

import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * A filled document with a row per unit (the notice with its attachments, the tables) kept on disk
 * but for its most recent pages while it is filled and exported: at 10,000 units each such document
 * is a thousand pages and tens of megabytes of print elements, more than all else the render holds
 * per document, and it grows with the year's size. One per document, closed when its files are
 * written. The pages come back from the swap file as they went in, so the files are unchanged.
 */
final class PageSwap implements AutoCloseable {
    /** Pages in memory at a time: a page of a table is about 70 KB of print elements. */
    static final int PAGES = 40;
    private static final int BLOCK_BYTES = 8192;
    private static final int GROW_BLOCKS = 256;

    private final JRSwapFileVirtualizer virtualizer;

    PageSwap() {
        this(PAGES);
    }

    /** @param pages the pages kept in memory (tests swap every page but one) */
    PageSwap(int pages) {
        virtualizer = new JRSwapFileVirtualizer(pages,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), BLOCK_BYTES, GROW_BLOCKS), true);
    }

    JRVirtualizer virtualizer() {
        return virtualizer;
    }

    /** Deletes the swap file; the document's pages are gone with it. */
    @Override
    public void close() {
        virtualizer.cleanup();
    }
}
