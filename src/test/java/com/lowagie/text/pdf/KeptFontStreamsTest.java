package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.shuangbai.MachineRequirement.require;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;

import org.shuangbai.Deflating;

class KeptFontStreamsTest {
    private static final Path FANG = Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf");
    private static final String TEXT = "关于2009年度朝阳区目标管理双百考核结果的通报（〔2010〕1号）：考核得分95.50分";

    /** A kept stream is written as OpenPDF writes the stream it was kept from: literal bytes, then both ways. */
    @Test
    void aKeptStreamIsWrittenAsOpenPdfWritesItsStream() throws Exception {
        byte[] raw = "abcabcabcabc".getBytes(StandardCharsets.US_ASCII);
        PdfStream plain = new PdfStream(raw);
        plain.flateCompress(PdfStream.DEFAULT_COMPRESSION);
        PdfStream font = new BaseFont.StreamFont(raw, "CIDFontType0C", PdfStream.DEFAULT_COMPRESSION);
        byte[] deflated = deflate(raw);
        assertArrayEquals(deflated, plain.streamBytes.toByteArray());

        PdfStream keptPlain = KeptFontStreams.Deflated.of(plain).stream(PdfStream.DEFAULT_COMPRESSION);
        PdfStream keptFont = KeptFontStreams.StreamProgram.of(raw.length, font).stream(PdfStream.DEFAULT_COMPRESSION);
        assertArrayEquals(pdf(plain), pdf(keptPlain));
        assertArrayEquals(pdf(font), pdf(keptFont));
        assertEquals(raw.length, keptPlain.getRawLength());
        assertEquals("<</Filter/FlateDecode/Length 13>>stream\n", head(pdf(keptPlain), deflated.length));
        assertEquals("<</Subtype/CIDFontType0C/Filter/FlateDecode/Length 13>>stream\n", head(pdf(keptFont), deflated.length));
    }

    /**
     * Documents with the same glyphs, each with its own writer: the third is written from the streams the
     * second kept, and is the first's bytes (the random subset tags, dates and ID aside); a document with
     * other glyphs in between is written by OpenPDF and does not disturb them.
     */
    @Test
    void aFaceMetAgainWithTheSameGlyphsGivesOpenPdfsBytes() throws Exception {
        require(Files.isRegularFile(FANG), "texlive-lang-chinese (Fandol) not installed");
        SharedCffFont face = (SharedCffFont) SharedCffFont.register(FANG.toString(), FANG);
        String first = document(face, TEXT);
        String other = document(face, "各街道办事处");
        assertNotEquals(first, other);
        assertEquals(0, face.keptStreams.keptSets(), "each set met once: nothing kept");
        assertEquals(first, document(face, TEXT));
        assertEquals(1, face.keptStreams.keptSets(), "kept at its second meeting");
        assertEquals(first, document(face, TEXT)); // written from the kept streams
        assertEquals(other, document(face, "各街道办事处"));
        assertEquals(2, face.keptStreams.keptSets());
        assertEquals(first, document(face, TEXT));
        assertEquals(other, document(face, "各街道办事处"));
    }

    /**
     * A writer at best speed (as the documents' producer sets it) gets the face's program Huffman-coded only,
     * which inflates to the very program the usual level deflates; the streams kept for a glyph set serve the
     * level they were written at only, so documents at either level met alternately keep their own bytes.
     */
    @Test
    void atBestSpeedTheProgramIsOnlyHuffmanCoded() throws Exception {
        require(Files.isRegularFile(FANG), "texlive-lang-chinese (Fandol) not installed");
        SharedCffFont face = (SharedCffFont) SharedCffFont.register(FANG.toString(), FANG);
        byte[] usual = pdf(face, TEXT, PdfStream.DEFAULT_COMPRESSION);
        byte[] fast = pdf(face, TEXT, PdfStream.BEST_SPEED);
        byte[] program = inflate(program(usual));
        assertArrayEquals(program, inflate(program(fast)));
        assertArrayEquals(Deflating.huffmanOnly(program), program(fast));
        assertNotEquals(program(usual).length, program(fast).length);

        for (int i = 0; i < 3; i++) { // kept from the second meeting on, at each level
            assertEquals(normalised(usual), document(face, TEXT, PdfStream.DEFAULT_COMPRESSION));
            assertEquals(normalised(fast), document(face, TEXT, PdfStream.BEST_SPEED));
        }
    }

    private static String document(BaseFont face, String text) throws Exception {
        return document(face, text, PdfStream.DEFAULT_COMPRESSION);
    }

    private static String document(BaseFont face, String text, int level) throws Exception {
        return normalised(pdf(face, text, level));
    }

    private static byte[] pdf(BaseFont face, String text, int level) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(level);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(face, 12);
        cb.setTextMatrix(72, 700);
        cb.showText(text);
        cb.endText();
        document.close();
        return out.toByteArray();
    }

    /** A document's text with the random subset tags, the dates and the ID taken out. */
    private static String normalised(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1)
                .replaceAll("/[A-Z]{6}\\+", "/TAG+")
                .replaceAll("/(CreationDate|ModDate)\\([^)]*\\)", "")
                .replaceAll("/ID ?\\[<[0-9a-f]+><[0-9a-f]+>\\]", "");
    }

    private static byte[] deflate(byte[] raw) {
        return Deflating.deflate(raw, new Deflater(Deflater.DEFAULT_COMPRESSION));
    }

    private static byte[] inflate(byte[] deflated) throws Exception {
        try (var in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(deflated))) {
            return in.readAllBytes();
        }
    }

    /** The stored bytes of the document's one font program (the stream whose subtype is CIDFontType0C). */
    private static byte[] program(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int dict = text.indexOf("/Subtype/CIDFontType0C");
        assertEquals(-1, text.indexOf("/Subtype/CIDFontType0C", dict + 1), "one font program");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Length (\\d+)>>stream\n").matcher(text);
        assertEquals(true, m.find(dict));
        int from = m.end();
        return java.util.Arrays.copyOfRange(pdf, from, from + Integer.parseInt(m.group(1)));
    }

    private static byte[] pdf(PdfStream stream) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.toPdf(null, out);
        return out.toByteArray();
    }

    /** The stream's dictionary and "stream" line: what comes before its deflated bytes and "\nendstream". */
    private static String head(byte[] pdf, int deflated) {
        return new String(pdf, 0, pdf.length - deflated - "\nendstream".length(), StandardCharsets.ISO_8859_1);
    }
}
