package org.shuangbai.documents;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;

import org.shuangbai.text.Messages;

/**
 * Finds the Chinese fonts of this machine at run time and registers them with JasperReports as the
 * families the designs use ({@link FontRole#family()}). Order: the office's settings (fonts.* in
 * settings.properties: a file path, "path,index" for a .ttc face, or an installed family name), then
 * the fonts Windows ships, then the free Linux packages. Fonts are never bundled: they are 15–25 MB
 * each and the official ones are licensed per office.
 */
public final class FontCatalog {
    /** Set to a path list (File.pathSeparator) to search only those folders; tests use it. */
    public static final String FONT_DIRS_PROPERTY = "shuangbai.font.dirs";

    /** Characters every document needs; a font lacking any of them would print boxes. */
    static final String SAMPLE = "中华人民共和国北京市朝阳区考核结果通报附件一二三：，。、（）〔〕—0123456789ABC";

    /** Where Debian's texlive-lang-chinese puts the Fandol fonts (outside fontconfig's folders). */
    static final String FANDOL_DIR = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol";

    /** Message keys of where a font came from (the console says it beside each font). */
    private static final String WINDOWS = "documents.font.origin.windows";
    private static final String LINUX = "documents.font.origin.linux";

    /**
     * A font file worth looking for, in order of preference.
     *
     * @param originKey     message key of where such a file comes from
     * @param substituteKey message key saying which proper font it stands in for; null for the proper font
     */
    private record Candidate(String file, String face, String originKey, String substituteKey) {
        String origin() {
            return Messages.text(originKey);
        }

        String substitute() {
            return substituteKey == null ? null : Messages.text(substituteKey);
        }
    }

    private static final Map<FontRole, List<Candidate>> CANDIDATES = new EnumMap<>(FontRole.class);

    static {
        CANDIDATES.put(FontRole.TITLE, List.of(
                new Candidate("FZXBSJW.TTF", null, WINDOWS, null),
                new Candidate("FZXBSJW--GB1-0.ttf", null, WINDOWS, null),
                new Candidate("方正小标宋简体.ttf", null, WINDOWS, null),
                new Candidate("方正小标宋_GBK.ttf", null, WINDOWS, null),
                new Candidate("STZHONGS.TTF", null, WINDOWS, "documents.font.standIn.stzhongs"),
                new Candidate("simsun.ttc", "SimSun", WINDOWS, "documents.font.standIn.simsunTitle"),
                // SemiBold and Black have families of their own; Bold shares "Noto Serif CJK SC" with the
                // Regular face used as 宋体, and the PDF glyph renderer then draws one with the other's
                // glyphs (broken text in any PDF that uses both).
                new Candidate("NotoSerifCJK-SemiBold.ttc", "Noto Serif CJK SC SemiBold", LINUX,
                        "documents.font.standIn.notoSemiBold"),
                new Candidate("NotoSerifCJK-Black.ttc", "Noto Serif CJK SC Black", LINUX,
                        "documents.font.standIn.notoBlack"),
                new Candidate("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", LINUX,
                        "documents.font.standIn.notoBold")));
        CANDIDATES.put(FontRole.SONG, List.of(
                new Candidate("simsun.ttc", "SimSun", WINDOWS, null),
                new Candidate("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", LINUX, null)));
        CANDIDATES.put(FontRole.HEI, List.of(
                new Candidate("simhei.ttf", null, WINDOWS, null),
                // The Fandol faces share one em box (0.88/0.12 em): a body line holding a heading run
                // in Hei or Kai keeps the same descent, so JasperReports' fixed spacing stays on the grid.
                new Candidate("FandolHei-Regular.otf", null, LINUX, null),
                new Candidate("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", LINUX, null)));
        CANDIDATES.put(FontRole.FANGSONG, List.of(
                new Candidate("仿宋_GB2312.ttf", null, WINDOWS, null),
                new Candidate("FS_GB2312.ttf", null, WINDOWS, null),
                new Candidate("simfang.ttf", null, WINDOWS, null),
                // FandolFang (Debian's texlive-lang-chinese, GPL-3, fsType 8 "editable embedding"):
                // a real FangSong covering all 6,763 GB 2312 hanzi and every character of the bundled
                // plan. Embedding its subset in a PDF is what ctex does for every TeX user; the
                // document's text is not the font's derivative. fonts-cwtex-fs lacks 阳 and 1,200 more.
                new Candidate("FandolFang-Regular.otf", null, LINUX, "documents.font.fandolFang"),
                // Without it, a light Song is the closest free look.
                new Candidate("NotoSerifCJK-Light.ttc", "Noto Serif CJK SC Light", LINUX,
                        "documents.font.standIn.notoLight"),
                new Candidate("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", LINUX,
                        "documents.font.standIn.notoRegular")));
        CANDIDATES.put(FontRole.KAI, List.of(
                new Candidate("楷体_GB2312.ttf", null, WINDOWS, null),
                new Candidate("simkai.ttf", null, WINDOWS, null),
                new Candidate("FandolKai-Regular.otf", null, LINUX, null),
                new Candidate("LXGWWenKai-Regular.ttf", null, LINUX, null)));
    }

    private final Map<FontRole, ResolvedFont> fonts;
    private final List<String> warnings;

    private FontCatalog(Map<FontRole, ResolvedFont> fonts, List<String> warnings) {
        this.fonts = fonts;
        this.warnings = List.copyOf(warnings);
    }

    /** Finds fonts in this machine's font folders (or those of {@value #FONT_DIRS_PROPERTY}). */
    public static FontCatalog find(Map<String, String> overrides) throws MissingFontException {
        return find(overrides, fontDirs());
    }

    public static FontCatalog find(Map<String, String> overrides, List<Path> dirs) throws MissingFontException {
        Finder finder = new Finder(dirs);
        Map<FontRole, ResolvedFont> found = new EnumMap<>(FontRole.class);
        List<String> warnings = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            String wanted = overrides.getOrDefault(role.key(), "").trim();
            if (!wanted.isEmpty()) {
                Optional<ResolvedFont> own = finder.byOverride(role, wanted);
                if (own.isPresent()) {
                    found.put(role, own.get());
                    continue;
                }
                warnings.add(Messages.text("documents.font.overrideMissing", "key", role.key(), "wanted", wanted));
            }
            for (Candidate c : CANDIDATES.get(role)) {
                Optional<ResolvedFont> f = finder.byFileName(role, c);
                if (f.isPresent() && !sharesFamilyWithAnotherFace(f.get(), found)) {
                    found.put(role, f.get());
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            throw new MissingFontException(Messages.text("documents.font.none"));
        }
        // A role without its own font borrows one that exists, so text never falls back to a
        // Latin-only font.
        for (FontRole role : FontRole.values()) {
            if (!found.containsKey(role)) {
                ResolvedFont stand = Stream.of(FontRole.SONG, FontRole.FANGSONG, FontRole.TITLE, FontRole.KAI, FontRole.HEI)
                        .map(found::get).filter(f -> f != null).findFirst().orElseThrow();
                found.put(role, new ResolvedFont(role, stand.file(), stand.index(), stand.awtFont(), stand.name(),
                        stand.origin(), Messages.text("documents.font.borrowed", "role", role.label(), "font", stand.name())));
            }
        }
        return new FontCatalog(found, warnings);
    }

    /**
     * The PDF glyph renderer finds a face by its family: two different faces of one family (Noto
     * Serif CJK SC Regular and Bold) would be drawn with each other's glyphs, so the second is refused.
     */
    private static boolean sharesFamilyWithAnotherFace(ResolvedFont candidate, Map<FontRole, ResolvedFont> found) {
        return found.values().stream().anyMatch(f -> f.awtFont().getFamily().equals(candidate.awtFont().getFamily())
                && !(f.file().equals(candidate.file()) && f.index() == candidate.index()));
    }

    /** The folders searched when none are given: Windows' first, then the usual Linux/macOS ones. */
    static List<Path> fontDirs() {
        String prop = System.getProperty(FONT_DIRS_PROPERTY);
        if (prop != null) {
            return Stream.of(prop.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        }
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        dirs.add(Path.of("C:/Windows/Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home");
        dirs.add(Path.of(home, ".local", "share", "fonts"));
        dirs.add(Path.of(home, ".fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of(FANDOL_DIR));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of(home, "Library", "Fonts"));
        return dirs;
    }

    public ResolvedFont font(FontRole role) {
        return fonts.get(role);
    }

    /** Warnings about settings that could not be honoured. */
    public List<String> warnings() {
        return warnings;
    }

    /** One line per role, for the console. */
    public List<String> describe() {
        return fonts.values().stream().map(ResolvedFont::describe).toList();
    }

    /** The role whose font lacks a character of {@code text}, if any (to refuse boxes in print). */
    public Optional<String> missingGlyph(FontRole role, String text) {
        Font f = fonts.get(role).awtFont();
        int at = f.canDisplayUpTo(text);
        return at < 0 ? Optional.empty() : Optional.of(new String(Character.toChars(text.codePointAt(at))));
    }

    /**
     * A JasperReports context knowing the found fonts as the designs' families, with every font
     * embedded (Identity-H) and the PDF text placed glyph by glyph so CJK lines stay on the grid.
     */
    public JasperReportsContext context() {
        SimpleJasperReportsContext ctx = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        List<FontFamily> families = new ArrayList<>();
        java.util.Set<String> aliases = new java.util.HashSet<>();
        for (ResolvedFont f : fonts.values()) {
            families.add(family(ctx, f.role().family(), f));
            // The glyph renderer looks a PDF font up by the AWT font's own name, so each face is
            // also known under that name.
            if (aliases.add(f.awtFont().getName())) {
                families.add(family(ctx, f.awtFont().getName(), f));
            }
        }
        ctx.setExtensions(FontFamily.class, families);
        preloadPdfFonts();
        ctx.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.shuangbai",
                "CJK_UNIFIED_IDEOGRAPHS,CJK_SYMBOLS_AND_PUNCTUATION,HALFWIDTH_AND_FULLWIDTH_FORMS,BASIC_LATIN,"
                        + "GENERAL_PUNCTUATION,LATIN_1_SUPPLEMENT,CJK_COMPATIBILITY_IDEOGRAPHS");
        ctx.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.add.actual.text", "true");
        // ... each text's lines laid out once per thread for this context's fonts (see GlyphPdfProducerFactory).
        ctx.setValue(net.sf.jasperreports.pdf.LaidOutGlyphRenderer.Layouts.KEY,
                new net.sf.jasperreports.pdf.LaidOutGlyphRenderer.Layouts());
        // Lines broken at fill exactly as the PDF export breaks them (LineBreakMeasurer), never by
        // JasperReports' quick estimate from summed advances: the estimate is used once a fill has
        // measured earlier texts in the same font, and where it fits one more character than the
        // export's line breaking the box is a line short and the last line is hidden (a letter's
        // 扣分说明 lost its final "时"). The estimate also made a text's height depend on what the
        // fill measured before it, so on which thread a letter was filled.
        ctx.setProperty(net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.PROPERTY_MEASURE_EXACT,
                net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.MEASURE_EXACT_ALWAYS);
        // ... and each text's fill-side measurement kept per thread the same way (KeptMeasuresFactory).
        ctx.setProperty(net.sf.jasperreports.engine.util.JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY,
                KeptMeasuresFactory.class.getName());
        // Charts drawn as lines and text into the PDF (JasperReports' "draw" type through OpenPDF's
        // PdfGraphics2D), their labels in the design's embedded fonts, not as glyph outlines
        // (JasperReports' default): sharp in print, and cheaper than the image they replace, which was
        // drawn at 72 dpi, PNG-encoded, decoded again and deflated a second time by OpenPDF.
        ctx.setProperty(net.sf.jasperreports.charts.JRChart.PROPERTY_CHART_RENDER_TYPE,
                net.sf.jasperreports.charts.JRChart.RENDER_TYPE_DRAW);
        ctx.setProperty(net.sf.jasperreports.pdf.PdfReportConfiguration.PROPERTY_FORCE_SVG_SHAPES, "false");
        ctx.setProperty(net.sf.jasperreports.pdf.JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY,
                GlyphPdfProducerFactory.class.getName());
        return ctx;
    }

    /**
     * The PDF library reads a font file byte by byte for every document it subsets; a font it finds
     * in its cache already loaded from memory is subset in a fraction of the time, which is what
     * makes a hundred letters take seconds, not minutes. Faces go in as {@code SharedCffFont}, which
     * keeps the CFF table it copies out for every document (issue 7: GC load) and reads a CFF face
     * through a mapping of its file rather than a copy of the whole file on the heap.
     */
    private void preloadPdfFonts() {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (ResolvedFont f : fonts.values()) {
            if (!done.add(f.pdfLocation())) {
                continue;
            }
            try {
                com.lowagie.text.pdf.SharedCffFont.register(f.pdfLocation(), f.file());
            } catch (IOException | com.lowagie.text.DocumentException e) {
                // Not fatal: the exporter then reads the file itself, only more slowly.
            }
        }
    }

    private static SimpleFontFamily family(JasperReportsContext ctx, String name, ResolvedFont f) {
        SimpleFontFamily family = new SimpleFontFamily(ctx);
        family.setName(name);
        family.setPdfEmbedded(true);
        family.setPdfEncoding("Identity-H");
        family.setNormalFace(new LoadedFontFace(ctx, f));
        family.setDefaultExportFont(f.name());
        return family;
    }

    /** A face whose AWT font is already loaded (JasperReports itself cannot load a .ttc face). */
    private static final class LoadedFontFace extends SimpleFontFace {
        private final ResolvedFont font;

        LoadedFontFace(JasperReportsContext ctx, ResolvedFont font) {
            super(ctx);
            this.font = font;
        }

        @Override
        public String getName() {
            return font.name();
        }

        @Override
        public Font getFont() {
            return font.awtFont();
        }

        @Override
        public String getTtf() {
            return font.file().toAbsolutePath().toString();
        }

        @Override
        public String getPdf() {
            return font.pdfLocation();
        }
    }

    /** Looks fonts up by file name or family name in a list of folders. */
    private static final class Finder {
        private final List<Path> dirs;
        private Map<String, Path> byName;

        Finder(List<Path> dirs) {
            this.dirs = dirs;
        }

        Optional<ResolvedFont> byFileName(FontRole role, Candidate c) {
            Path file = files().get(c.file().toLowerCase(Locale.ROOT));
            if (file == null) {
                return Optional.empty();
            }
            return load(role, file, c.face(), -1, c.origin(), c.substitute());
        }

        Optional<ResolvedFont> byOverride(FontRole role, String wanted) {
            String path = wanted;
            int index = -1;
            int comma = wanted.lastIndexOf(',');
            if (comma > 0 && wanted.substring(comma + 1).trim().matches("\\d+")) {
                path = wanted.substring(0, comma).trim();
                index = Integer.parseInt(wanted.substring(comma + 1).trim());
            }
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return load(role, file, null, Math.max(index, 0), Messages.text("documents.font.origin.setting", "key", role.key()), null);
            }
            // A family has several files (Regular, Bold, Light): prefer the face named exactly so,
            // then the regular one whose name is the family's.
            ResolvedFont best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Path f : files().values()) {
                Optional<ResolvedFont> match = load(role, f, wanted, -1,
                        Messages.text("documents.font.origin.setting", "key", role.key()), null);
                if (match.isPresent()) {
                    Font font = match.get().awtFont();
                    int rank = font.getFontName(Locale.SIMPLIFIED_CHINESE).equals(wanted) || font.getFontName(Locale.ENGLISH).equals(wanted) ? 0
                            : font.getFontName(Locale.ENGLISH).equals(font.getFamily(Locale.ENGLISH))
                            || font.getFontName(Locale.ENGLISH).endsWith("Regular") ? 1 : 2;
                    if (rank < bestRank) {
                        best = match.get();
                        bestRank = rank;
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        /** Loads {@code file}; picks the face named {@code face} (any locale), else {@code index}, else 0. */
        private Optional<ResolvedFont> load(FontRole role, Path file, String face, int index, String origin,
                                            String substitute) {
            Font[] faces;
            try {
                faces = Font.createFonts(file.toFile());
            } catch (IOException | FontFormatException | RuntimeException e) {
                return Optional.empty();
            }
            for (int i = 0; i < faces.length; i++) {
                Font f = faces[i];
                boolean chosen = face != null ? names(f).contains(face) : i == Math.max(index, 0);
                if (chosen && f.canDisplayUpTo(SAMPLE) < 0) {
                    String name = f.getFamily(Locale.SIMPLIFIED_CHINESE);
                    return Optional.of(new ResolvedFont(role, file, i, f, name, origin, substitute));
                }
            }
            return Optional.empty();
        }

        private static List<String> names(Font f) {
            return List.of(f.getFamily(Locale.ENGLISH), f.getFamily(Locale.SIMPLIFIED_CHINESE), f.getFamily(Locale.ROOT),
                    f.getFontName(Locale.ENGLISH), f.getFontName(Locale.SIMPLIFIED_CHINESE));
        }

        private Map<String, Path> files() {
            if (byName == null) {
                byName = new LinkedHashMap<>();
                for (Path dir : dirs) {
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> walk = Files.walk(dir, 6)) {
                        walk.filter(Files::isRegularFile)
                                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)"))
                                .sorted()
                                .forEach(p -> byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
                    } catch (IOException | java.io.UncheckedIOException e) {
                        // An unreadable folder only means fewer fonts to choose from.
                    }
                }
            }
            return byName;
        }
    }
}
