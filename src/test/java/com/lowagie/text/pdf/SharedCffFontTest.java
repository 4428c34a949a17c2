package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SharedCffFontTest {
    private static final String TEXT = "关于2009年度朝阳区目标管理双百考核结果的通报（〔2010〕1号）：考核得分95.50分";
    private static final Path FANG = Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf");
    private static final Path SERIF = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
    private static final Path WENKAI = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");

    /** The CFF faces tried, by the name they are registered under: a Fandol face and a face of a Noto collection. */
    private static java.util.Map<String, Path> cffFaces() {
        require(Files.isRegularFile(FANG), "texlive-lang-chinese (Fandol) not installed");
        require(Files.isRegularFile(SERIF), "fonts-noto-cjk not installed");
        return java.util.Map.of(FANG.toString(), FANG, SERIF + ",2", SERIF);
    }

    /** A CFF face registered from its file (mapped) holds the same table and metrics as one read from its bytes. */
    @Test
    void aCffFaceFromItsFileIsTheFaceFromItsBytes() throws Exception {
        for (var face : cffFaces().entrySet()) {
            String name = face.getKey();
            Path file = face.getValue();
            SharedCffFont mapped = (SharedCffFont) SharedCffFont.register(name, file);
            TrueTypeFontUnicode whole = new TrueTypeFontUnicode(name, BaseFont.IDENTITY_H, true, Files.readAllBytes(file), false);
            assertTrue(mapped.cff, name);
            assertNull(mapped.rf.arrayIn, name + " is held as a copy of its file");
            assertSame(mapped, BaseFont.createFont(name, BaseFont.IDENTITY_H, true, true, null, null), name);
            assertArrayEquals(whole.readCffFont(), mapped.readCffFont(), name);
            TEXT.codePoints().forEach(c -> assertArrayEquals(whole.getMetricsTT(c), mapped.getMetricsTT(c), name + " " + c));
        }
    }

    /**
     * The subsetter of a face on disk reads the CFF table where it lies in the file (a mapping), and makes the
     * same subsets byte for byte as one given the table OpenPDF copies out.
     */
    @Test
    void aCffFaceOnDiskIsSubsetFromItsFileAsFromItsTable() throws Exception {
        for (var face : cffFaces().entrySet()) {
            String name = face.getKey();
            SharedCffFont mapped = (SharedCffFont) SharedCffFont.register(name, face.getValue());
            CidCffSubsetter fromTable = CidCffSubsetter.of(mapped.readCffFont());
            CidCffSubsetter fromFile = mapped.subsetter();
            assertNotNull(fromFile, name);
            java.util.Set<Integer> glyphs = new java.util.TreeSet<>();
            TEXT.codePoints().forEach(c -> glyphs.add(mapped.getMetricsTT(c)[0]));
            assertArrayEquals(fromTable.subset(glyphs), fromFile.subset(glyphs), name);
            assertArrayEquals(fromTable.subset(java.util.Set.of(1, 2, 3)), fromFile.subset(java.util.Set.of(1, 2, 3)), name);
        }
    }

    /** A TrueType face is read whole: every document reads its glyph table again. */
    @Test
    void aTrueTypeFaceFromItsFileIsReadWhole() throws Exception {
        require(Files.isRegularFile(WENKAI), "fonts-lxgw-wenkai not installed");
        SharedCffFont font = (SharedCffFont) SharedCffFont.register(WENKAI.toString(), WENKAI);
        TrueTypeFontUnicode whole = new TrueTypeFontUnicode(WENKAI.toString(), BaseFont.IDENTITY_H, true,
                Files.readAllBytes(WENKAI), false);
        assertFalse(font.cff);
        assertNotNull(font.rf.arrayIn);
        assertArrayEquals(whole.getFullFont(), font.getFullFont());
        TEXT.codePoints().forEach(c -> assertArrayEquals(whole.getMetricsTT(c), font.getMetricsTT(c), "" + c));
    }
}
