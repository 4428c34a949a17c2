package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontCatalogTest {
    static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto");
    static final Path WENKAI = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");

    @Test
    void noChineseFontAtAllNamesWhatToInstall(@TempDir Path empty) {
        MissingFontException e = assertThrows(MissingFontException.class, () -> FontCatalog.find(Map.of(), List.of(empty)));
        assertTrue(e.getMessage().contains("apt-get install fonts-noto-cjk fonts-lxgw-wenkai"), e.getMessage());
        assertTrue(e.getMessage().contains("C:\\Windows\\Fonts"), e.getMessage());
    }

    @Test
    void debianPackagesGiveEveryRoleAndSayWhatStandsInForFangSong() throws Exception {
        require(Files.isDirectory(NOTO) && Files.isRegularFile(WENKAI), "Debian CJK font packages not installed");
        FontCatalog fonts = FontCatalog.find(Map.of(), List.of(Path.of("/usr/share/fonts")));
        assertEquals("Noto Serif CJK SC", fonts.font(FontRole.SONG).awtFont().getFamily(java.util.Locale.ENGLISH));
        assertEquals(2, fonts.font(FontRole.SONG).index(), "the SC face of the collection");
        assertEquals("Noto Sans CJK SC", fonts.font(FontRole.HEI).awtFont().getFamily(java.util.Locale.ENGLISH));
        assertEquals(WENKAI, fonts.font(FontRole.KAI).file());
        assertTrue(fonts.font(FontRole.FANGSONG).substitute().contains("本机无仿宋字体"), fonts.describe().toString());
        assertTrue(fonts.font(FontRole.FANGSONG).pdfLocation().endsWith(".ttc,2"));
    }

    /**
     * The free FangSong the documents use on Linux (issue 16): FandolFang holds every one of GB 2312's
     * 6763 hanzi and every character of the bundled plan, the document templates and the messages.
     */
    @Test
    void fandolFangCoversGb2312AndEveryCharacterTheDocumentsUse() throws Exception {
        Path file = Path.of(FontCatalog.FANDOL_DIR, "FandolFang-Regular.otf");
        require(Files.isRegularFile(file), "FandolFang (texlive-lang-chinese) not installed");
        java.awt.Font fang = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile());
        java.nio.charset.Charset gb2312 = java.nio.charset.Charset.forName("GB2312");
        java.util.Set<Integer> hanzi = new java.util.TreeSet<>();
        for (int row = 0xB0; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String c = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                if (Character.isIdeographic(c.codePointAt(0))) {
                    hanzi.add(c.codePointAt(0));
                }
            }
        }
        assertEquals(6763, hanzi.size(), "GB 2312 levels 1 and 2");
        java.util.Set<Integer> used = new java.util.TreeSet<>(hanzi);
        List<Path> sources = new java.util.ArrayList<>();
        try (var plan = Files.list(Path.of("input/plan")); var templates = Files.list(Path.of("templates"))) {
            sources.addAll(plan.toList());
            // the console's pages (templates/web) are drawn by the browser's fonts, not by these
            sources.addAll(templates.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".docx")).toList());
        }
        for (Path f : sources) {
            Files.readString(f).codePoints().filter(c -> c >= 0x2E80 && c != 0xFEFF).forEach(used::add); // a CSV's BOM is no text
        }
        List<String> missing = used.stream().filter(c -> !fang.canDisplay(c)).map(Character::toString).toList();
        assertTrue(missing.isEmpty(), () -> "FandolFang lacks " + missing.size() + ": " + missing);
    }

    @Test
    void thePdfExporterGetsEachFaceFromTheSharedCache() throws Exception {
        require(Files.isDirectory(NOTO), "fonts-noto-cjk not installed");
        FontCatalog fonts = FontCatalog.find(Map.of(), List.of(Path.of("/usr/share/fonts")));
        fonts.context();
        for (FontRole role : FontRole.values()) {
            // what JasperReports' PDF exporter asks OpenPDF for (ClassicFontRecipient)
            com.lowagie.text.pdf.BaseFont f = com.lowagie.text.pdf.BaseFont.createFont(fonts.font(role).pdfLocation(),
                    com.lowagie.text.pdf.BaseFont.IDENTITY_H, true, true, null, null);
            assertTrue(f instanceof com.lowagie.text.pdf.SharedCffFont, role + ": " + f.getClass());
        }
    }

    @Test
    void aSettingWinsAndABadSettingWarnsAndFallsBack() throws Exception {
        require(Files.isRegularFile(WENKAI), "fonts-lxgw-wenkai not installed");
        FontCatalog fonts = FontCatalog.find(Map.of("fangsong", WENKAI.toString(), "hei", "不存在的字体"),
                List.of(Path.of("/usr/share/fonts")));
        assertEquals(WENKAI, fonts.font(FontRole.FANGSONG).file());
        assertTrue(fonts.font(FontRole.FANGSONG).origin().contains("fonts.fangsong"));
        assertEquals(1, fonts.warnings().size(), fonts.warnings().toString());
        assertTrue(fonts.warnings().get(0).contains("fonts.hei = 不存在的字体"));
        assertTrue(fonts.font(FontRole.HEI).awtFont().canDisplayUpTo("朝阳区") < 0);
    }

    @Test
    void twoDifferentFacesNeverShareAFamily(@TempDir Path dir) throws Exception {
        // Only fonts-noto-cjk (no -extra): its Bold and Regular serif faces are one family, which the
        // PDF glyph renderer cannot tell apart, so the title must not take the Bold face beside 宋体.
        require(Files.isRegularFile(NOTO.resolve("NotoSerifCJK-Bold.ttc")), "fonts-noto-cjk not installed");
        for (String f : List.of("NotoSerifCJK-Bold.ttc", "NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc")) {
            Files.createSymbolicLink(dir.resolve(f), NOTO.resolve(f));
        }
        FontCatalog fonts = FontCatalog.find(Map.of(), List.of(dir));
        for (FontRole a : FontRole.values()) {
            for (FontRole b : FontRole.values()) {
                ResolvedFont x = fonts.font(a);
                ResolvedFont y = fonts.font(b);
                boolean sameFace = x.file().equals(y.file()) && x.index() == y.index();
                assertTrue(sameFace || !x.awtFont().getFamily().equals(y.awtFont().getFamily()),
                        a + " and " + b + ": " + fonts.describe());
            }
        }
        FontCatalog full = FontCatalog.find(Map.of(), List.of(Path.of("/usr/share/fonts")));
        assertTrue(!full.font(FontRole.TITLE).awtFont().getFamily().equals(full.font(FontRole.SONG).awtFont().getFamily()),
                full.describe().toString());
    }

    @Test
    void anInstalledFamilyNameIsFoundByName() throws Exception {
        require(Files.isRegularFile(WENKAI), "fonts-lxgw-wenkai not installed");
        FontCatalog fonts = FontCatalog.find(Map.of("kai", "霞鹜文楷"), List.of(WENKAI.getParent()));
        assertEquals(WENKAI, fonts.font(FontRole.KAI).file());
        assertTrue(fonts.warnings().isEmpty());
    }

    @Test
    void aSingleFontStandsInForTheMissingRoles(@TempDir Path dir) throws Exception {
        require(Files.isRegularFile(WENKAI), "fonts-lxgw-wenkai not installed");
        Files.copy(WENKAI, dir.resolve(WENKAI.getFileName()));
        FontCatalog fonts = FontCatalog.find(Map.of(), List.of(dir));
        for (FontRole role : FontRole.values()) {
            assertEquals(WENKAI.getFileName(), fonts.font(role).file().getFileName(), role.name());
        }
        assertTrue(fonts.font(FontRole.SONG).substitute().contains("本机无宋体字体"));
    }
}
