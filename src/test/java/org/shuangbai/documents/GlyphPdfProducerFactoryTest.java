package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

import com.lowagie.text.Image;

import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Deflating;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

class GlyphPdfProducerFactoryTest {

    @Test
    void jasperReportsPixelIsTheImageOpenPdfMakesOfIt() throws Exception {
        byte[] png = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
        Image own = Image.getInstance(png);
        Image kept = GlyphPdfProducerFactory.pixel(png);
        assertEquals(own.getClass(), kept.getClass());
        assertEquals(own.getPlainWidth(), kept.getPlainWidth());
        assertEquals(own.getPlainHeight(), kept.getPlainHeight());
        assertEquals(own.getColorspace(), kept.getColorspace());
        assertEquals(own.getBpc(), kept.getBpc());
        assertArrayEquals(own.getRawData(), kept.getRawData());
        assertArrayEquals(own.getTransparency(), kept.getTransparency());
        assertEquals(1f, kept.getPlainWidth());
    }

    @Test
    void eachDocumentGetsItsOwnCopyToScale() throws Exception {
        byte[] png = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
        Image first = GlyphPdfProducerFactory.pixel(png);
        Image second = GlyphPdfProducerFactory.pixel(png);
        assertNotSame(first, second);
        first.scaleAbsolute(442, 300);
        assertEquals(442f, first.getScaledWidth());
        assertEquals(1f, second.getScaledWidth());
    }

    /**
     * The documents' writer deflates at best speed, where the CJK faces' programs are Huffman-coded only:
     * each program in a rendered letter is exactly what Huffman coding its inflated bytes gives, and the
     * letter draws as before (its text read back).
     */
    @Test
    void aLettersFontProgramsAreHuffmanCodedOnly(@TempDir Path dir) throws Exception {
        Plan plan = Fixture.plan();
        DocumentData data = DocumentData.from(plan, Fixture.results(plan, List.of(plan.units().get(0).code())),
                Fixture.ledger(), Fixture.reminders(), Fixture.bodyTemplate());
        Renderer renderer = new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20), "办公室");
        LetterData letter = data.letters().get(0);
        Path pdf = renderer.pdf(renderer.reports().letter(letter), dir.resolve("letter.pdf"), "t");

        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Subtype/CIDFontType0C/Filter/FlateDecode/Length (\\d+)>>stream\n").matcher(text);
        int programs = 0;
        while (m.find()) {
            byte[] stored = Arrays.copyOfRange(bytes, m.end(), m.end() + Integer.parseInt(m.group(1)));
            byte[] program;
            try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(stored))) {
                program = in.readAllBytes();
            }
            assertArrayEquals(Deflating.huffmanOnly(program), stored);
            programs++;
        }
        assertTrue(programs >= 3, "the letter's faces: " + programs);
        assertTrue(PdfLayout.read(pdf).get(0).text().contains(letter.unitName()));
    }

    @Test
    void anyOtherImageIsLeftToOpenPdf() {
        assertNull(GlyphPdfProducerFactory.pixel(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        assertNull(GlyphPdfProducerFactory.pixel(null));
    }
}
