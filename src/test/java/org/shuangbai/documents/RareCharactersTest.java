package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/**
 * Regression: a document holding 鲈 (or 檽涺駎駚, the other Noto Serif CJK glyphs OpenPDF's CFF
 * subsetter failed on) could not be exported at all, and 罢 or 偷 printed with strokes missing.
 * Every document is rendered with such characters in a ledger item, and the text comes back.
 */
class RareCharactersTest {
    private static final String RARE = "鲈鱼养殖场偷排罢工檽涺駎駚";

    @Test
    void documentsWithCharactersOpenPdfCouldNotSubsetAreWritten(@TempDir Path dir) throws Exception {
        Plan plan = Fixture.plan();
        List<LedgerItemRow> ledger = List.of(new LedgerItemRow("S01", "朝外街道办事处", "L01", RARE, "政务公开", RARE + "整改",
                "2009-09-30", "社区办", "整改中", true, "逾期"));
        DocumentData data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), ledger, Fixture.reminders(),
                Fixture.bodyTemplate());
        List<Path> files = new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20), "办公室")
                .render(data);
        Path table = files.stream().filter(f -> f.getFileName().toString().equals("05_挂帐问题汇总表.pdf")).findFirst().orElseThrow();
        String text = PdfOutputTest.run("pdftotext", "-layout", table.toString(), "-").replaceAll("\\s", "");
        assertTrue(text.contains(RARE), text);
        String cairo = PdfOutputTest.run("pdftocairo", "-png", "-r", "20", "-f", "1", "-l", "1", table.toString(),
                dir.resolve("cairo").toString());
        assertTrue(cairo.isBlank(), cairo);
    }
}
