package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.junit.jupiter.api.Test;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.FontRole;
import org.shuangbai.documents.ResolvedFont;

/**
 * A subset must draw every glyph it holds exactly as the whole face draws it, under the code the PDF
 * uses for it. The judge is PDFBox's
 * FontBox, a Type 2 interpreter written apart from this one: each glyph's outline (every segment,
 * every coordinate) from the subset is compared with the same glyph's outline from the whole face,
 * on every CFF face of the catalogue and on the Noto Sans face it falls back to, for the 6,763
 * characters of GB 2312, real text, and random sets small and large.
 */
class CidCffSubsetterTest {
    private static final String TEXT = "关于2009年度朝阳区目标管理双百考核结果的通报（〔2010〕1号）：各街道办事处、"
            + "地区办事处，区政府各委、办、局，各区属机构。考核得分95.50分，排名第3，等级优秀——附件一、二、三。";
    private static final String SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

    @Test
    void drawsEveryGlyphOfASubsetAsTheWholeFaceDoes() throws Exception {
        String gb2312 = gb2312();
        int faces = 0;
        int glyphs = 0;
        for (Map.Entry<String, Path> face : cffFaces().entrySet()) {
            Face f = new Face(face.getKey(), face.getValue());
            faces++;
            List<Set<Integer>> sets = new ArrayList<>();
            sets.add(f.glyphsOf(TEXT));
            sets.add(f.glyphsOf("。"));
            for (int from = 0; from < gb2312.length(); from += 700) {
                sets.add(f.glyphsOf(gb2312.substring(from, Math.min(gb2312.length(), from + 700))));
            }
            Random random = new Random(17);
            for (int size : new int[] {1, 60, 400, 4000}) {
                Set<Integer> set = new java.util.TreeSet<>();
                while (set.size() < size) {
                    set.add(random.nextInt(f.whole.getNumCharStrings()));
                }
                sets.add(set);
            }
            for (Set<Integer> set : sets) {
                glyphs += f.assertDrawnAsWhole(set);
            }
        }
        assertTrue(faces >= 2, "CFF faces compared: " + faces);
        assertTrue(glyphs > 2 * 6763, "glyphs compared: " + glyphs);
    }

    /**
     * Regression: OpenPDF's own subsetter drops subroutines these glyphs draw with (罢 loses strokes,
     * 偷 vanishes) and fails on 鲈 (one of 檽涺駎駚鲈 in Noto Serif CJK): a letter with such a
     * character printed it broken, or failed to export.
     */
    @Test
    void keepsTheStrokesOpenPdfDroppedAndEmbedsWhatItCouldNot() throws Exception {
        require(Files.isRegularFile(Path.of(SERIF)), "fonts-noto-cjk not installed");
        Face f = new Face(SERIF + ",2", Path.of(SERIF));
        for (String c : List.of("罢", "偷", "菌", "痛")) {
            Set<Integer> glyph = f.glyphsOf(c);
            byte[] openPdf = f.openPdfSubset(glyph);
            assertNotEquals(f.drawn(glyph.iterator().next()), f.outline(Face.parse(openPdf), glyph.iterator().next()),
                    c + " is one OpenPDF draws wrongly");
            f.assertDrawnAsWhole(glyph);
        }
        for (String c : List.of("檽", "涺", "駎", "駚", "鲈")) {
            Set<Integer> glyph = f.glyphsOf(c);
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.openPdfSubset(glyph), c);
            f.assertDrawnAsWhole(glyph);
        }
    }

    /**
     * Regression: in the Fandol faces (FandolFang sets the letters' text where Noto's FangSong is
     * missing) 1,200 glyphs, among them ¥ – € ‐, have a CID other than their glyph id. OpenPDF kept
     * the face's charset, so the PDF's glyph id found another glyph or none: "2009–2010" printed as
     * "2009 2010". The subset's charset now gives each glyph its glyph id as CID.
     */
    @Test
    void printsTheFandolGlyphsWhoseCidIsNotTheirGlyphId() throws Exception {
        Path fang = Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf");
        require(Files.isRegularFile(fang), "texlive-lang-chinese (Fandol) not installed");
        Face f = new Face(fang.toString(), fang);
        for (String c : List.of("¥", "–", "€", "‐")) {
            Set<Integer> glyph = f.glyphsOf(c);
            int g = glyph.iterator().next();
            assertNotEquals(g, f.whole.getCharset().getCIDForGID(g), c);
            assertNotEquals(f.drawn(g), f.outline(Face.parse(f.openPdfSubset(glyph)), g), c + " is one OpenPDF draws wrongly");
            f.assertDrawnAsWhole(glyph);
        }
    }

    /**
     * Nothing more than the glyphs draw with: the subset holds .notdef and the glyphs asked for,
     * each under its glyph id as CID, and where OpenPDF's subset is right it keeps no more global
     * subroutines than OpenPDF's; for real text, two thirds of OpenPDF's bytes or less (a third for Noto).
     */
    @Test
    void holdsOnlyItsGlyphsAndTheSubroutinesTheyDrawWith() throws Exception {
        int compared = 0;
        for (Map.Entry<String, Path> face : cffFaces().entrySet()) {
            Face f = new Face(face.getKey(), face.getValue());
            Set<Integer> text = f.glyphsOf(TEXT);
            byte[] subset = f.subsetter.subset(text);
            assertTrue(subset.length * 3 <= f.openPdfSubset(text).length * 2, face.getKey() + ": " + subset.length + " bytes");
            CFFCIDFont part = Face.parse(subset);
            assertEquals(text.size() + 1, part.getNumCharStrings(), face.getKey());
            for (int g : text) {
                assertEquals(g, part.getCharset().getCIDForGID(part.getCharset().getGIDForCID(g)), face.getKey());
            }
            Random random = new Random(29);
            for (int size : new int[] {1, 10, 60, 400}) {
                Set<Integer> set = new java.util.TreeSet<>();
                while (set.size() < size) {
                    set.add(1 + random.nextInt(f.whole.getNumCharStrings() - 1));
                }
                byte[] openPdf;
                try {
                    openPdf = f.openPdfSubset(set);
                } catch (ArrayIndexOutOfBoundsException e) {
                    continue;
                }
                if (f.drawsAsWhole(Face.parse(openPdf), set)) {
                    assertTrue(kept(Face.parse(f.subsetter.subset(set)).getGlobalSubrIndex()) <= kept(Face.parse(openPdf).getGlobalSubrIndex()),
                            face.getKey() + ", " + size + " glyphs");
                    compared++;
                }
            }
        }
        assertTrue(compared >= 8, "sets compared: " + compared);
    }

    /** Subroutines kept whole: an unused one is a single {@code return} byte. */
    private static long kept(List<byte[]> subroutines) {
        return subroutines.stream().filter(s -> s.length > 1).count();
    }

    /** One face: OpenPDF's font, its CFF table, this subsetter, and FontBox's reading of the whole face. */
    private static final class Face {
        final String name;
        final TrueTypeFontUnicode font;
        final byte[] cff;
        final CidCffSubsetter subsetter;
        final CFFCIDFont whole;

        Face(String name, Path file) throws Exception {
            this.name = name;
            font = (TrueTypeFontUnicode) BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Files.readAllBytes(file), null);
            cff = font.readCffFont();
            subsetter = CidCffSubsetter.of(cff);
            assertNotNull(subsetter, name + " is a CID-keyed CFF face this subsetter covers");
            whole = parse(cff);
        }

        Set<Integer> glyphsOf(String text) {
            Set<Integer> set = new java.util.TreeSet<>();
            text.codePoints().forEach(c -> {
                int[] m = font.getMetricsTT(c);
                if (m != null) {
                    set.add(m[0]);
                }
            });
            return set;
        }

        int assertDrawnAsWhole(Set<Integer> glyphs) throws IOException {
            byte[] subset = subsetter.subset(glyphs);
            assertNotNull(subset, name + ", " + glyphs.size() + " glyphs");
            CFFCIDFont part = parse(subset);
            for (int g : glyphs) {
                assertEquals(drawn(g), outline(part, g), name + ", glyph " + g + " of a set of " + glyphs.size());
            }
            return glyphs.size();
        }

        boolean drawsAsWhole(CFFCIDFont part, Set<Integer> glyphs) throws IOException {
            for (int g : glyphs) {
                if (!drawn(g).equals(outline(part, g))) {
                    return false;
                }
            }
            return true;
        }

        byte[] openPdfSubset(Set<Integer> glyphs) throws IOException {
            HashMap<Integer, int[]> set = new HashMap<>();
            glyphs.forEach(g -> set.put(g, new int[] {g, 1000}));
            CFFFontSubset openPdf = new CFFFontSubset(new RandomAccessFileOrArray(cff), set);
            return openPdf.Process(openPdf.getNames()[0]);
        }

        static CFFCIDFont parse(byte[] cff) throws IOException {
            return (CFFCIDFont) new CFFParser().parse(cff, () -> cff).get(0);
        }

        /**
         * Glyph {@code gid} of the whole face. OpenPDF writes a glyph id in the content where the
         * PDF looks up a CID, so a subset must draw this glyph for CID {@code gid}.
         */
        List<String> drawn(int gid) throws IOException {
            return outline(whole, whole.getCharset().getCIDForGID(gid));
        }

        /** The outline of the glyph with CID {@code cid}, segment by segment, as FontBox interprets its charstring. */
        List<String> outline(CFFCIDFont font, int cid) throws IOException {
            List<String> segments = new ArrayList<>();
            double[] coords = new double[6];
            for (PathIterator it = font.getType2CharString(cid).getPath().getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(coords);
                segments.add(type + Arrays.toString(coords));
            }
            return segments;
        }
    }

    /** The CFF faces the documents use on this machine, and the Noto Sans face the catalogue falls back to. */
    private static Map<String, Path> cffFaces() throws Exception {
        require(Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto")), "fonts-noto-cjk not installed");
        require(Files.isDirectory(Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")),
                "texlive-lang-chinese (Fandol) not installed");
        Map<String, Path> faces = new LinkedHashMap<>();
        FontCatalog catalog = FontCatalog.find(Map.of());
        for (FontRole role : FontRole.values()) {
            ResolvedFont f = catalog.font(role);
            String file = f.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (file.endsWith(".ttc") || file.endsWith(".otf")) { // LXGW WenKai is TrueType: OpenPDF's own subsetter
                faces.put(file.endsWith(".ttc") ? f.file() + "," + f.index() : f.file().toString(), f.file());
            }
        }
        Path sans = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        faces.put(sans + ",2", sans);
        return faces;
    }

    /** The 6,763 hanzi of GB 2312 (rows 16–87), the characters official text is written in. */
    private static String gb2312() {
        StringBuilder out = new StringBuilder();
        Charset gb = Charset.forName("GB2312");
        for (int row = 0xB0; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String c = new String(new byte[] {(byte) row, (byte) cell}, gb);
                if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                    out.append(c);
                }
            }
        }
        assertEquals(6763, out.length());
        return out.toString();
    }
}
