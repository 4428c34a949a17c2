package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
        Page page = new Page(plainFace());
        new GlyphRunBytes().show(page.text, page.run(0x0A28, 0x1234, 0xFFFF, 0x0041, 0x5C29));
        byte[] expected = {'(', '\\', 'n', '\\', '(', 0x12, '4', 0x00, 'A', '\\', '\\', '\\', ')', ')', 'T', 'j', '\n'};
        assertArrayEquals(expected, page.text.getInternalBuffer().toByteArray(),
                new String(page.text.getInternalBuffer().toByteArray(), StandardCharsets.ISO_8859_1));
        assertEquals(Set.of(0x0A28, 0x1234, 0x0041, 0x5C29), Set.copyOf(page.used()));
    }

    @Test
    void runsAreWrittenAndTheirGlyphsNotedAsOpenPdfDoes() throws Exception {
        BaseFont plain = plainFace();
        assertWrittenAsOpenPdfDoes(plain, plain);
        BaseFont shared = sharedFace();
        assertWrittenAsOpenPdfDoes(shared, shared);
        assertWrittenAsOpenPdfDoes(shared, plain); // the shared face's kept entries are OpenPDF's own
    }

    @Test
    void aSharedFaceMakesEachGlyphsEntryOnceForAllDocuments() throws Exception {
        BaseFont shared = sharedFace();
        Page first = new Page(shared);
        Page second = new Page(shared);
        new GlyphRunBytes().show(first.text, first.run(0x0041, 0x2000));
        new GlyphRunBytes().show(second.text, second.run(0x2000, 0x0041));
        assertSame(first.details().longTag.get(0x2000), second.details().longTag.get(0x2000));
        assertSame(first.details().longTag.get(0x0041), second.details().longTag.get(0x0041));
    }

    private static void assertWrittenAsOpenPdfDoes(BaseFont ourFace, BaseFont openPdfFace) throws Exception {
        int[][] runs = {{0x0A28, 0x1234, 0x0041}, {0x0041, 0x2000, 0xFFFE, 0x0A28}, {0x3000, 0x4567, 0x0041, 0xE000, 0xFFFD},
                {0x0041, 0xD800, 0x0042}, {0x0042, 0xDFFF}, {0x0043}};
        Page ours = new Page(ourFace);
        Page openPdf = new Page(openPdfFace);
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

    /** Noto Serif CJK SC read for one document, as OpenPDF reads a font it has not cached. */
    private static BaseFont plainFace() throws Exception {
        require(Files.isRegularFile(SERIF), "fonts-noto-cjk not installed");
        return new TrueTypeFontUnicode(SERIF + ",2", BaseFont.IDENTITY_H, true, Files.readAllBytes(SERIF), false);
    }

    /** Noto Serif CJK SC as the render's documents share it. */
    private static BaseFont sharedFace() throws Exception {
        require(Files.isRegularFile(SERIF), "fonts-noto-cjk not installed");
        BaseFont face = SharedCffFont.register(SERIF + ",2", SERIF);
        assertTrue(face instanceof SharedCffFont);
        return face;
    }

    @Test
    void codesOpenPdfWritesOtherwiseThanAsTwoBytesAreFound() {
        assertTrue(GlyphRunBytes.twoBytes(new int[] {0, 0xD7FF, 0xE000, 0xFFFF}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0x41, 0xD800}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0xDFFF}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {0x10000}));
        assertFalse(GlyphRunBytes.twoBytes(new int[] {-1}));
    }

    /** A page of its own document, with {@code face} (Noto Serif CJK SC) set at 12 points. */
    private static final class Page {
        final PdfContentByte text;
        final Font awt;

        Page(BaseFont face) throws Exception {
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
            document.open();
            text = writer.getDirectContent().getDuplicate();
            text.setFontAndSize(face, 12);
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
