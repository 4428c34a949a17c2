package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompactCmapsTest {
    private static final String SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
    private static final String FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/";

    @Test
    void aCmapAnswersAsTheHashMapItWasBuiltFrom() {
        int[] space = {3, 500};
        int[] zhong = {1200, 1000};
        HashMap<Integer, int[]> built = new HashMap<>(Map.of(0x20, space, 0x4E2D, zhong));
        HashMap<Integer, int[]> cmap = CompactCmaps.cmap(built);
        assertSame(space, cmap.get(0x20));
        assertSame(zhong, cmap.get(0x4E2D));
        assertNull(cmap.get(0x21));
        assertNull(cmap.get(0x1F));
        assertNull(cmap.get(0x4E2E));
        assertNull(cmap.get("x"));
        assertTrue(cmap.containsKey(0x4E2D));
        assertFalse(cmap.containsKey(0x4E2C));
        assertEquals(2, cmap.size());
        assertEquals(List.of(0x20, 0x4E2D), List.copyOf(cmap.keySet()));
        assertEquals(built, cmap);
        assertThrows(UnsupportedOperationException.class, () -> cmap.put(0x41, space));
        assertThrows(UnsupportedOperationException.class, () -> cmap.computeIfAbsent(0x41, c -> space));
    }

    @Test
    void aSparseCmapIsSearched() {
        int[] low = {1, 250};
        int[] plane16 = {9, 1000};
        HashMap<Integer, int[]> cmap = CompactCmaps.cmap(new HashMap<>(Map.of(0x20, low, 0x10FFFD, plane16)));
        assertSame(low, cmap.get(0x20));
        assertSame(plane16, cmap.get(0x10FFFD));
        assertNull(cmap.get(0x10FFFC));
        assertNull(cmap.get(0));
        assertEquals(List.of(0x20, 0x10FFFD), List.copyOf(cmap.keySet()));
    }

    @Test
    void theInverseGivesEachGlyphsCharacter() {
        Map<Integer, Integer> inverse = CompactCmaps.inverse(new HashMap<>(Map.of(5, 0x4E2D, 7, 0x20)));
        assertEquals(0x4E2D, inverse.get(5));
        assertEquals(0x20, inverse.get(7));
        assertNull(inverse.get(6));
        assertNull(inverse.get(8));
        assertNull(inverse.get(-1));
        assertEquals(Map.of(5, 0x4E2D, 7, 0x20), inverse);
        assertNull(CompactCmaps.inverse(null));
        assertNull(CompactCmaps.cmap(null));
    }

    @Test
    void aGlyphSharedWithACompatibilityTwinGoesBackToTheUnifiedIdeograph() {
        // 理 U+7406 and U+F9E4 share glyph 5; 行 U+884C, the Kangxi radical U+2F8F and U+FA08 share glyph 9;
        // U+F900 alone has glyph 7.
        HashMap<Integer, int[]> cmap = new HashMap<>(Map.of(0x7406, new int[] {5, 1000}, 0xF9E4, new int[] {5, 1000},
                0x884C, new int[] {9, 1000}, 0x2F8F, new int[] {9, 1000}, 0xFA08, new int[] {9, 1000},
                0xF900, new int[] {7, 1000}, 0x41, new int[] {3, 500}));
        Map<Integer, Integer> built = new HashMap<>(Map.of(5, 0xF9E4, 9, 0xFA08, 7, 0xF900, 3, 0x41));
        Map<Integer, Integer> inverse = CompactCmaps.inverse(built, cmap);
        assertEquals(Map.of(5, 0x7406, 9, 0x884C, 7, 0xF900, 3, 0x41), inverse);
        assertEquals(Map.of(5, 0xF9E4, 9, 0xFA08, 7, 0xF900, 3, 0x41), CompactCmaps.inverse(built, null));
    }

    /** Every character and every glyph of the catalogue's faces, looked up in OpenPDF's own font and in the shared one. */
    @Test
    void aSharedFaceMapsEveryCharacterAndGlyphAsOpenPdfDoes() throws Exception {
        require(Files.isRegularFile(Path.of(SERIF)), "fonts-noto-cjk not installed");
        require(Files.isDirectory(Path.of(FANDOL)), "texlive-lang-chinese (Fandol) not installed");
        for (String name : List.of(SERIF + ",2", FANDOL + "FandolFang-Regular.otf", FANDOL + "FandolHei-Regular.otf")) {
            String file = name.endsWith(",2") ? name.substring(0, name.length() - 2) : name;
            byte[] bytes = Files.readAllBytes(Path.of(file));
            TrueTypeFontUnicode own = new TrueTypeFontUnicode(name, BaseFont.IDENTITY_H, true, bytes, false);
            TrueTypeFontUnicode shared = (TrueTypeFontUnicode) SharedCffFont.register(name, bytes);
            assertTrue(shared.cmapExt instanceof CompactCmaps.CodeMap || shared.cmap31 instanceof CompactCmaps.CodeMap, name);
            int characters = 0;
            for (int c = 0; c <= 0x3FFFF; c++) {
                int[] expected = own.getMetricsTT(c);
                assertArrayEquals(expected, shared.getMetricsTT(c), name + " U+" + Integer.toHexString(c));
                assertEquals(own.charExists(c), shared.charExists(c));
                assertEquals(own.getWidth(c), shared.getWidth(c));
                characters += expected == null ? 0 : 1;
            }
            assertTrue(characters > 7000, name + ": " + characters);
            HashMap<Integer, int[]> ownMap = own.cmapExt != null ? own.cmapExt : own.cmap31;
            int twins = 0;
            for (int g = -1; g <= 70000; g++) {
                Integer ownCode = own.getCharacterCode(g);
                Integer sharedCode = shared.getCharacterCode(g);
                if (ownCode != null && !CompactCmaps.unifiedIdeograph(ownCode)
                        && sharedCode != null && !sharedCode.equals(ownCode)) {
                    // a unified ideograph instead of OpenPDF's lookalike: the same glyph
                    assertTrue(CompactCmaps.unifiedIdeograph(sharedCode), name + " glyph " + g);
                    assertEquals(g, ownMap.get(sharedCode)[0], name + " glyph " + g);
                    twins++;
                } else {
                    assertEquals(ownCode, sharedCode, name + " glyph " + g);
                }
            }
            if (name.startsWith(SERIF)) {
                assertTrue(twins > 100, name + ": glyphs given back to their unified ideographs: " + twins);
                int li = own.getMetricsTT(0x7406)[0];
                assertEquals(0xF9E4, own.getCharacterCode(li), "OpenPDF's own choice for 理's glyph");
                assertEquals(0x7406, shared.getCharacterCode(li), "理's glyph");
                assertEquals(0x884C, shared.getCharacterCode(own.getMetricsTT(0x884C)[0]), "行's glyph");
            }
            for (String map : List.of("cmap31", "cmapExt")) {
                HashMap<Integer, int[]> a = map.equals("cmap31") ? own.cmap31 : own.cmapExt;
                HashMap<Integer, int[]> b = map.equals("cmap31") ? shared.cmap31 : shared.cmapExt;
                assertEquals(a == null, b == null, name + " " + map);
                if (a != null) {
                    assertEquals(a.keySet(), b.keySet(), name + " " + map);
                    a.forEach((c, m) -> assertArrayEquals(m, b.get(c), name + " " + map + " U+" + Integer.toHexString(c)));
                }
            }
        }
    }
}
