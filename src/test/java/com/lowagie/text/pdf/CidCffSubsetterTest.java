package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.FontRole;
import org.shuangbai.documents.ResolvedFont;

/**
 * The subsetter must give, byte for byte, what OpenPDF's {@code CFFFontSubset} gives for the same
 * glyphs: the PDFs stay what they were. Compared on every face the documents use on this machine
 * and on the Noto Sans face the catalogue falls back to, for the glyphs of real text, for random
 * sets small and large, and for no glyph at all.
 */
class CidCffSubsetterTest {
    private static final String TEXT = "关于2009年度朝阳区目标管理双百考核结果的通报（〔2010〕1号）：各街道办事处、"
            + "地区办事处，区政府各委、办、局，各区属机构。考核得分95.50分，排名第3，等级优秀——附件一、二、三。";

    @Test
    void givesOpenPdfsBytesOnEveryFaceOfTheCatalogue() throws Exception {
        require(Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto")), "fonts-noto-cjk not installed");
        require(Files.isDirectory(Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")), "texlive-lang-chinese (Fandol) not installed");
        Map<String, Path> faces = new LinkedHashMap<>();
        FontCatalog catalog = FontCatalog.find(Map.of());
        for (FontRole role : FontRole.values()) {
            ResolvedFont f = catalog.font(role);
            String name = f.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            faces.put(name.endsWith(".ttc") ? f.file() + "," + f.index() : f.file().toString(), f.file());
        }
        Path sans = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        faces.put(sans + ",2", sans);
        int cffFaces = 0;
        int compared = 0;
        int subsets = 0;
        for (Map.Entry<String, Path> face : faces.entrySet()) {
            TrueTypeFontUnicode font = (TrueTypeFontUnicode) BaseFont.createFont(face.getKey(), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, Files.readAllBytes(face.getValue()), null);
            if (!font.cff) {
                continue; // a TrueType face (LXGW WenKai) is subset by OpenPDF's TrueType subsetter
            }
            cffFaces++;
            byte[] cff = font.readCffFont();
            CidCffSubsetter subsetter = CidCffSubsetter.of(cff);
            assertNotNull(subsetter, face.getKey() + " is a CID-keyed CFF face this subsetter covers");
            int glyphs = new CFFFontSubset(new RandomAccessFileOrArray(cff), new HashMap<>()).fonts[0].nglyphs;
            Random random = new Random(17);
            List<HashMap<Integer, int[]>> sets = List.of(ofText(font, TEXT), ofText(font, "。"), new HashMap<>(),
                    randomSet(random, glyphs, 1), randomSet(random, glyphs, 60), randomSet(random, glyphs, 200),
                    randomSet(random, glyphs, 400), randomSet(random, glyphs, 4000));
            for (HashMap<Integer, int[]> set : sets) {
                byte[] expected = openPdfSubset(cff, set);
                assertArrayEquals(expected, subsetter.subset(set.keySet()), face.getKey() + ", " + set.size() + " glyphs");
                compared++;
                subsets += expected == null ? 0 : 1;
            }
        }
        assertTrue(cffFaces >= 2, "CFF faces compared: " + cffFaces);
        assertTrue(subsets >= compared * 3 / 4, subsets + " of " + compared + " glyph sets subset by OpenPDF");
    }

    /**
     * OpenPDF's subset, or null where it fails: its charstring scanner misreads some operands (a
     * 16-bit integer taken as unsigned, a 16.16 fixed number as an integer) and then looks up a
     * subroutine that does not exist. About one Noto glyph in 1,500 does that (5 of the 20,902
     * unified ideographs of Noto Serif CJK: 檽涺駎駚鲈). The subsetter must then return null too, so
     * that the writer leaves the font to OpenPDF, which fails as it always did.
     */
    private static byte[] openPdfSubset(byte[] cff, HashMap<Integer, int[]> glyphs) throws java.io.IOException {
        try {
            CFFFontSubset openPdf = new CFFFontSubset(new RandomAccessFileOrArray(cff), glyphs);
            return openPdf.Process(openPdf.getNames()[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The glyphs of {@code text} as the PDF writer collects them: glyph id to {glyph, width, code point}. */
    private static HashMap<Integer, int[]> ofText(TrueTypeFontUnicode font, String text) {
        HashMap<Integer, int[]> set = new HashMap<>();
        text.codePoints().forEach(c -> {
            int[] m = font.getMetricsTT(c);
            if (m != null) {
                set.put(m[0], new int[] {m[0], m[1], c});
            }
        });
        return set;
    }

    private static HashMap<Integer, int[]> randomSet(Random random, int glyphs, int size) {
        HashMap<Integer, int[]> set = new HashMap<>();
        while (set.size() < size) {
            int g = random.nextInt(glyphs);
            set.put(g, new int[] {g, 1000});
        }
        return set;
    }
}
