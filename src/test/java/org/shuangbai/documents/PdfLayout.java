package org.shuangbai.documents;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a rendered PDF shows where, read back from the file (never from the design): each page's
 * text lines (glyph positions, sizes, fonts) and its stroked rules (position, width, colour), in
 * points from the page's top-left corner. The tests measure GB/T 9704's rules on this.
 *
 * <p>The top of a CJK character's body (字身) is taken as baseline − 0.88 em, its bottom as
 * baseline + 0.12 em: the ideographic em box of OpenType CJK fonts, whatever their ascent.
 */
final class PdfLayout {
    static final double MM = 72 / 25.4;
    /** The GB/T 9704 type area on A4: 156 × 225 mm, 37 mm from the top, 28 mm from the left. */
    static final double TOP = 37 * MM;
    static final double LEFT = 28 * MM;
    static final double WIDTH = 156 * MM;
    static final double HEIGHT = 225 * MM;
    static final double RIGHT = LEFT + WIDTH;
    static final double BOTTOM = TOP + HEIGHT;

    record Glyph(String text, double x, double baseline, double size, double width, String font, double inkTop,
                 double inkBottom) {
        double emTop() {
            return baseline - 0.88 * size;
        }

        double emBottom() {
            return baseline + 0.12 * size;
        }

        double right() {
            return x + width;
        }
    }

    /** Glyphs sharing a baseline, left to right. */
    record Line(List<Glyph> glyphs) {
        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        double baseline() {
            return glyphs.get(0).baseline();
        }

        /** The size most of the line is set in. */
        double size() {
            return glyphs.stream().collect(Collectors.groupingBy(Glyph::size, Collectors.counting())).entrySet().stream()
                    .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        double emTop() {
            return glyphs.stream().mapToDouble(Glyph::emTop).min().orElseThrow();
        }

        double emBottom() {
            return glyphs.stream().mapToDouble(Glyph::emBottom).max().orElseThrow();
        }

        double centre() {
            return (left() + right()) / 2;
        }

        String font() {
            return glyphs.get(glyphs.size() / 2).font();
        }

        @Override
        public String toString() {
            return String.format("%.1f..%.1f @%.2f (%.2fpt) %s", left(), right(), baseline(), size(), text());
        }
    }

    /** A stroked straight segment; {@code rgb} is its colour. */
    record Rule(double x1, double y1, double x2, double y2, double width, int rgb) {
        boolean horizontal() {
            return Math.abs(y1 - y2) < 0.5 && Math.abs(x2 - x1) > 1;
        }

        double left() {
            return Math.min(x1, x2);
        }

        double right() {
            return Math.max(x1, x2);
        }

        double length() {
            return right() - left();
        }

        double y() {
            return (y1 + y2) / 2;
        }
    }

    record Page(int number, double width, double height, List<Line> lines, List<Rule> rules) {
        String text() {
            return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        }

        List<Line> lines(Predicate<Line> which) {
            return lines.stream().filter(which).toList();
        }

        Line line(String containing) {
            return lines.stream().filter(l -> l.text().replace(" ", "").contains(containing)).findFirst()
                    .orElseThrow(() -> new AssertionError("page " + number + " has no line with " + containing + ":\n" + text()));
        }

        boolean has(String containing) {
            return lines.stream().anyMatch(l -> l.text().replace(" ", "").contains(containing));
        }

        /**
         * Horizontal rules, segments that continue one another (same line, colour and width, as the
         * borders of cells side by side) joined into one, top to bottom.
         */
        List<Rule> horizontalRules() {
            List<Rule> sorted = rules.stream().filter(Rule::horizontal)
                    .sorted(Comparator.comparingDouble((Rule r) -> Math.round(r.y() * 4) / 4.0).thenComparingDouble(Rule::left))
                    .toList();
            List<Rule> joined = new ArrayList<>();
            for (Rule r : sorted) {
                Rule last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && Math.abs(last.y() - r.y()) < 0.3 && Math.abs(last.width() - r.width()) < 0.05
                        && last.rgb() == r.rgb() && r.left() <= last.right() + 1.0) {
                    joined.set(joined.size() - 1, new Rule(last.left(), last.y(), Math.max(last.right(), r.right()), last.y(),
                            last.width(), last.rgb()));
                } else {
                    joined.add(new Rule(r.left(), r.y(), r.right(), r.y(), r.width(), r.rgb()));
                }
            }
            return joined.stream().sorted(Comparator.comparingDouble(Rule::y)).toList();
        }
    }

    private PdfLayout() {
    }

    static List<Page> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                double h = page.getMediaBox().getHeight();
                pages.add(new Page(i + 1, page.getMediaBox().getWidth(), h, lines(doc, i + 1), rules(page, h)));
            }
            return pages;
        }
    }

    private static List<Line> lines(PDDocument doc, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (t.getUnicode() == null || t.getUnicode().codePoints().allMatch(Character::isSpaceChar)) {
                    return;
                }
                double size = Math.abs(t.getTextMatrix().getScalingFactorY()) > 0 ? t.getTextMatrix().getScalingFactorY() : t.getFontSizeInPt();
                double top = Double.NaN;
                double bottom = Double.NaN;
                if ("—".equals(t.getUnicode()) && t.getFont() instanceof PDVectorFont vf) {
                    try {
                        Rectangle2D box = ((GeneralPath) vf.getPath(t.getCharacterCodes()[0])).getBounds2D();
                        double scale = size / 1000.0;
                        top = t.getYDirAdj() - box.getMaxY() * scale;
                        bottom = t.getYDirAdj() - box.getMinY() * scale;
                    } catch (IOException | ClassCastException e) {
                        // no outline: the ink is simply unknown
                    }
                }
                glyphs.add(new Glyph(unradical(t.getUnicode()), t.getXDirAdj(), t.getYDirAdj(), size, t.getWidthDirAdj(),
                        fontName(t.getFont()), top, bottom));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        glyphs.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && Math.abs(g.baseline() - current.get(0).baseline()) > 1.0) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    /**
     * Some CJK fonts map an ideograph and its Kangxi radical (小 and ⼩) or compatibility ideograph
     * (北 and U+F963) to one glyph, and the PDF's ToUnicode then names the other one; viewers read the ActualText instead, PDFBox does not.
     */
    static String unradical(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F
                ? java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC)
                : new String(Character.toChars(c))));
        return sb.toString();
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(List.copyOf(sorted));
    }

    private static String fontName(PDFont font) {
        String name = font.getName() == null ? "" : font.getName();
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(7) : name;
    }

    private static List<Rule> rules(PDPage page, double height) throws IOException {
        List<Rule> rules = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private final List<Point2D[]> segments = new ArrayList<>();
            private Point2D last;

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                segments.add(new Point2D[] {p0, p1});
                segments.add(new Point2D[] {p1, p2});
                segments.add(new Point2D[] {p2, p3});
                segments.add(new Point2D[] {p3, p0});
            }

            @Override
            public void moveTo(float x, float y) {
                last = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                Point2D p = new Point2D.Float(x, y);
                segments.add(new Point2D[] {last, p});
                last = p;
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                last = new Point2D.Float(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return last;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                segments.clear();
            }

            @Override
            public void strokePath() throws IOException {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double width = getGraphicsState().getLineWidth() * ctm.getScalingFactorX();
                int rgb = getGraphicsState().getStrokingColor().toRGB();
                for (Point2D[] s : segments) {
                    // points given to the engine are already in device space (CTM applied)
                    rules.add(new Rule(s[0].getX(), height - s[0].getY(), s[1].getX(), height - s[1].getY(), width, rgb));
                }
                segments.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                segments.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                strokePath();
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            }

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return rules;
    }
}
