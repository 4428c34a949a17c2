package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/**
 * A letter is written into the letters' package past POI (see {@link DocxLetter#letters}), in its final
 * form: the file must be the one POI itself writes from the template and the render then fixes
 * ({@link Deterministic#office}), byte for byte, whatever its texts hold.
 */
class DocxLetterTest {
    @TempDir
    Path dir;

    @Test
    void savedTextsAreTheTextsAsXmlBeansSavesThem() {
        WordXml.SavedTexts texts = new WordXml.SavedTexts();
        assertEquals("a\"b>c&amp;d&lt;e ]]&gt; f'g ]>", texts.apply("a\"b>c&d<e ]]> f'g ]>"));
        assertEquals("1\n2", texts.apply("1\n2"));
        assertEquals("", texts.apply(null));
        assertFalse(texts.uncertain());
        for (String uncertain : new String[] {"1\r\n2", "a\tb", "\ud840\udc00", "\uFFFE"}) {
            WordXml.SavedTexts one = new WordXml.SavedTexts();
            one.apply(uncertain);
            assertTrue(one.uncertain(), uncertain);
        }
    }

    @Test
    void lettersInThePackageAreTheFilesPoiWrites() throws Exception {
        Plan plan = Fixture.plan();
        DocumentData data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
        List<LetterData> letters = new ArrayList<>(data.letters());
        LetterData first = letters.get(0);
        String awkward = "\"合成\" <第1> 街道 & ]]> 办 '单' > 0";
        List<LetterRow> rows = first.rows().stream().map(r -> new LetterRow(r.system(), r.systemResult() + awkward,
                r.category(), r.number(), r.indicator() == null ? null : r.indicator() + awkward, r.max(), r.self(), r.score(),
                r.difference(), "说明 \"1\" > 0\n第二行 ]]]>")).toList();
        letters.add(new LetterData(first.unitCode(), awkward, first.group(), first.title() + awkward, first.salutation() + awkward,
                first.intro(), awkward, first.date(), first.reference(), rows,
                List.of(new VetoRow(rows.get(0).system(), "V1", awkward, "取消评优资格", "<说明>")), first.openItems(),
                List.of(new ChartRow("本单位", awkward, new BigDecimal("1.5")))));
        // a tab and a character outside the BMP: written through POI, the same file
        letters.add(new LetterData(first.unitCode(), first.unitName(), first.group(), first.title() + "𠀀", first.salutation() + "甲\t乙",
                first.intro(), first.issuer(), first.date(), first.reference(), first.rows(), first.vetoes(),
                first.openItems(), first.chart()));

        Workspace workspace = new Workspace(dir);
        WordPackage letterPackage;
        try (InputStream template = template(workspace)) {
            letterPackage = DocxLetter.letters(template, DATE);
        }
        for (LetterData letter : letters.subList(0, letters.size() - 1)) {
            ByteArrayOutputStream viaPoi = new ByteArrayOutputStream();
            ByteArrayOutputStream viaPackage = new ByteArrayOutputStream();
            try (InputStream template = template(workspace)) {
                DocxLetter.throughPoi(DocxLetter.body(letter, WordXml::escape), template, viaPoi);
            }
            WordXml.SavedTexts texts = new WordXml.SavedTexts();
            String body = DocxLetter.body(letter, texts);
            assertFalse(texts.uncertain(), letter.unitName());
            letterPackage.write(w -> w.write(body), viaPackage);
            assertArrayEquals(office(viaPoi.toByteArray(), "poi"), viaPackage.toByteArray(), letter.unitName());
        }
        WordXml.SavedTexts last = new WordXml.SavedTexts();
        DocxLetter.body(letters.get(letters.size() - 1), last);
        assertTrue(last.uncertain(), "goes through POI");
    }

    private static final java.time.LocalDate DATE = java.time.LocalDate.of(2010, 2, 20);

    private static InputStream template(Workspace workspace) throws Exception {
        return Defaults.open(workspace, DocxNotice.TEMPLATE).orElseThrow();
    }

    /** The file as the render writes it (fixed times and dates), for a comparison of whole files. */
    private byte[] office(byte[] docx, String name) throws Exception {
        Path raw = dir.resolve(name + ".raw");
        Path file = dir.resolve(name + ".docx");
        Files.write(raw, docx);
        Deterministic.office(raw, file, DATE);
        return Files.readAllBytes(file);
    }
}
