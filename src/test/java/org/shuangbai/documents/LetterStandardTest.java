package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.documents.PdfLayout.Line;
import org.shuangbai.documents.PdfLayout.Page;
import org.shuangbai.plan.Plan;

/** Every unit's letter of the bundled plan, measured on its PDF. */
class LetterStandardTest {
    @TempDir
    static Path dir;

    @Test
    void noLetterEndsOnAPageHoldingOnlyTheSignatureAndEachCategoryIsOneCell() throws Exception {
        Plan plan = Fixture.plan();
        List<String> all = plan.units().stream().map(u -> u.code()).toList();
        DocumentData data = DocumentData.from(plan, Fixture.results(plan, all), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
        Renderer renderer = new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20), "办公室");
        String office = plan.settings().office();
        for (LetterData letter : data.letters()) {
            Path pdf = dir.resolve(letter.unitCode() + ".pdf");
            renderer.pdf(renderer.reports().letter(letter), pdf, "t");
            List<Page> pages = PdfLayout.read(pdf);
            NoticeStandardTest.a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter(pages, NoticeStandardTest.PDF);
            NoticeStandardTest.pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea(pages, NoticeStandardTest.PDF);
            Page last = pages.get(pages.size() - 1);
            List<Line> other = last.lines(l -> !NoticeStandardTest.isPageNumber(l) && !l.text().equals(office)
                    && !l.text().endsWith("日"));
            assertTrue(!other.isEmpty(), () -> letter.unitCode() + ": the last page holds only the 署名 and 成文日期");
            String text = pages.stream().map(Page::text).reduce("", (a, b) -> a + "\n" + b);
            for (String category : letter.rows().stream().map(LetterRow::category).filter(c -> c != null).distinct().toList()) {
                long systems = letter.rows().stream().filter(r -> category.equals(r.category())).map(LetterRow::system)
                        .distinct().count();
                // a long name wraps inside its cell: its first characters stand for it
                String head = category.replace(" ", "").substring(0, Math.min(4, category.replace(" ", "").length()));
                assertEquals(systems, text.split(java.util.regex.Pattern.quote(head), -1).length - 1,
                        () -> letter.unitCode() + ": " + category + " printed once, in one cell");
            }
        }
    }
}
