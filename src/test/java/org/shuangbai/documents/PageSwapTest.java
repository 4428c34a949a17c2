package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/**
 * A table filled with its pages swapped to disk (all but one page in memory) gives the same files as
 * one held in memory, and the spreadsheet's guard against formulas still reaches every page.
 */
class PageSwapTest {
    @TempDir
    Path dir;

    @Test
    void aSwappedTableWritesTheSameFilesAndItsLastPageIsStillNeutralised() throws Exception {
        List<ReminderRow> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(new ReminderRow("街道", String.format("S%03d", i), "第" + i + "街道办事处", "考核评分表", ""));
        }
        rows.add(new ReminderRow("街道", "S999", "=1+2", "考核评分表", "-备注"));
        Renderer renderer = new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20),
                "办公室");
        Files.createDirectories(dir.resolve("held"));
        Files.createDirectories(dir.resolve("swapped"));

        JasperPrint held = renderer.reports().reminders("催报名单", rows);
        Path heldPdf = renderer.pdf(held, dir.resolve("held/r.pdf"), "催报名单");
        Path heldXlsx = renderer.xlsx(held, dir.resolve("held/r.xlsx"));
        Path swappedPdf;
        Path swappedXlsx;
        try (PageSwap swap = new PageSwap(1)) {
            JasperPrint swapped = renderer.reports().swappingTo(swap).reminders("催报名单", rows);
            assertTrue(swapped.getPages().size() >= 3, "several pages, all but one swapped out");
            swappedPdf = renderer.pdf(swapped, dir.resolve("swapped/r.pdf"), "催报名单");
            swappedXlsx = renderer.xlsx(swapped, dir.resolve("swapped/r.xlsx"));
        }

        assertArrayEquals(Files.readAllBytes(heldPdf), Files.readAllBytes(swappedPdf));
        assertArrayEquals(Files.readAllBytes(heldXlsx), Files.readAllBytes(swappedXlsx));
        String strings = entry(swappedXlsx, "xl/sharedStrings.xml") + entry(swappedXlsx, "xl/worksheets/sheet1.xml");
        // the exporter writes the apostrophe SafeText puts before a formula's first character as &apos;
        assertTrue(strings.contains(">&apos;=1+2<"), "the last page's unit name as text, not a formula");
        assertTrue(strings.contains(">&apos;-备注<"));
        assertEquals(-1, strings.indexOf(">=1+2<"));
    }

    private static String entry(Path zip, String name) throws Exception {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
