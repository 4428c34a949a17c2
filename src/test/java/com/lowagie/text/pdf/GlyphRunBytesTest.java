package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.lowagie.text.Document;

import org.junit.jupiter.api.Test;

/** A glyph run's bytes and its font's used glyphs, written as OpenPDF's {@code showText(GlyphVector)} writes them. */
class GlyphRunBytesTest {
    private static final Path SERIF = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    @Test
    void eachGlyphIsItsTwoBytesEscapedAndNonGlyphsAreLeftOut() throws Exception {
        Page page = new Page();
        new GlyphRunBytes().show(page.text, page.run(0x0A28, 0x1234, 0xFFFF, 0x0041, 0x5C29));
        byte[] expected = {'(', '\\', 'n', '\\', '(', 0x12, '4', 0x00, 'A', '\\', '\\', '\\', ')', ')', 'T', 'j', '\n'};
        assertArrayEquals(expected, page.text.getInternalBuffer().toByteArray(),
                new String(page.text.getInternalBuffer().toByteArray(), StandardCharsets.ISO_8859_1));
        assertEquals(Set.of(0x0A28, 0x1234, 0x0041, 0x5C29), Set.copyOf(page.used()));
    }

    @Test
    void runsAreWrittenAndTheirGlyphsNotedAsOpenPdfDoes() throws Exception {
        int[][] runs = {{0x0A28, 0x1234, 0x0041}, {0x0041, 0x2000, 0xFFFE, 0x0A28}, {0x3000, 0x4567, 0x0041, 0xE000, 0xFFFD},
                {0x0041, 0xD800, 0x0042}, {0x0042, 0xDFFF}, {0x0043}};
        Page ours = new Page();
        Page openPdf = new Page();
        GlyphRunBytes bytes = new GlyphRunBytes();
        for (int[] run : runs) {
            bytes.show(ours.text, ours.run(run));
            openPdf.text.showText(openPdf.run(run));
        }
        assertArrayEquals(openPdf.text.getInternalBuffer().toByteArray(), ours.text.getInternalBuffer().toByteArray());
        assertEquals(openPdf.used(), ours.used(), "same glyphs, same order");
        for (Integer glyph : ours.used()) {
            assertArrayEquals(openPdf.details().longTag.get(glyph), ours.details().longTag.get(glyph), "" + glyph);
        }
    }

    @Test
    void codesOpenPdfWritesOtherwiseThanAsTwoBytesAreFound() {
        assertTrue(GlyphRunBytes.twoBytes(new int[] {0, 0xD7FF, 0xE000, 0xFFFF}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0x41, 0xD800}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0xDFFF}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0x10000}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {-1}));
    }

    /** A page of its own document, with Noto Serif CJK SC set at 12 points. */
    private static final class Page {
        final PdfContentByte text;
        final Font awt;

        Page() throws Exception {
            require(Files.isRegularFile(SERIF), "fonts-noto-cjk not installed");
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
            document.open();
            text = writer.getDirectContent().getDuplicate();
            text.setFontAndSize(BaseFont.createFont(SERIF + ",2", BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 12);
            text.getInternalBuffer().reset();
            awt = Font.createFonts(SERIF.toFile())[2].deriveFont(12f);
        }

        GlyphVector run(int... glyphs) {
            return awt.createGlyphVector(FRC, glyphs);
        }

        FontDetails details() {
            return text.state.fontDetails;
        }

        /** The font's used glyphs, in the map's order. */
        List<Integer> used() {
            return new ArrayList<>(details().longTag.keySet());
        }
    }
}
