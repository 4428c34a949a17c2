package com.lowagie.text.pdf;

import java.awt.font.GlyphVector;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes a glyph run as {@link PdfContentByte#showText(GlyphVector)} does, to the byte, for the glyph runs of
 * one document. OpenPDF's {@code FontDetails.convertToBytes} boxes every glyph code to look it up among the
 * font's used glyphs and encodes the run through {@code String.getBytes("UnicodeBigUnmarked")} (a charset
 * looked up by name, a new encoder, a char buffer per run): with the C1-only JIT none of that is optimised
 * away, and it was 2.9 % of the render's document jobs. Here each glyph code is written as its two bytes, and
 * a font's used glyphs are noted in a bit set, so that the map is asked only the first time a glyph is met.
 * The map gets the same entries in the same order as OpenPDF gives it.
 *
 * <p>A run with a glyph code in the surrogate range (Noto CJK has more than 55,296 glyphs) or beyond 16 bits
 * goes to OpenPDF: there its chars are encoded as UTF-16, where a lone surrogate becomes U+FFFD. So does any
 * run whose font is not a Unicode TrueType/CFF font. Used on the thread that exports the document.
 */
public final class GlyphRunBytes {
    private static final byte[] SHOW = {'T', 'j'};

    /** The glyphs known to be in each font's map (a subset of its keys, which are never removed). */
    private final Map<FontDetails, BitSet> used = new IdentityHashMap<>();
    private FontDetails lastFont;
    private BitSet lastUsed;

    /** Shows {@code glyphs} in {@code text}'s current font, as {@code text.showText(glyphs)} does. */
    public void show(PdfContentByte text, GlyphVector glyphs) {
        FontDetails font = text.state.fontDetails;
        int n = glyphs.getNumGlyphs();
        int[] codes = glyphs.getGlyphCodes(0, n, null);
        if (font == null || font.fontType != BaseFont.FONT_TYPE_TTUNI || font.symbolic || !twoBytes(codes)) {
            text.showText(glyphs);
            return;
        }
        BitSet known = used(font);
        byte[] b = new byte[2 * n];
        int length = 0;
        for (int code : codes) {
            if (code == 0xFFFE || code == 0xFFFF) { // not glyphs to AWT, left out by OpenPDF
                continue;
            }
            b[length++] = (byte) (code >>> 8);
            b[length++] = (byte) code;
            if (!known.get(code)) {
                note(font, code);
                known.set(code);
            }
        }
        PdfContentByte.escapeString(length == b.length ? b : Arrays.copyOf(b, length), text.content);
        text.content.append(SHOW).append_i(text.separator);
    }

    /** Whether every code is written as its two bytes by OpenPDF's encoding: none a surrogate or beyond. */
    static boolean twoBytes(int[] codes) {
        for (int code : codes) {
            if (code < 0 || code > 0xFFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return false;
            }
        }
        return true;
    }

    /** What {@code FontDetails.convertToBytes(GlyphVector, int, int)} puts in the font's map for {@code code}. */
    private static void note(FontDetails font, int code) {
        Integer key = code;
        if (!font.longTag.containsKey(key)) {
            int width = font.ttu.getGlyphWidth(code);
            Integer charCode = font.ttu.getCharacterCode(code);
            font.longTag.put(key, charCode != null ? new int[] {code, width, charCode} : new int[] {code, width});
        }
    }

    private BitSet used(FontDetails font) {
        if (font != lastFont) {
            lastUsed = used.computeIfAbsent(font, f -> new BitSet());
            lastFont = font;
        }
        return lastUsed;
    }
}
