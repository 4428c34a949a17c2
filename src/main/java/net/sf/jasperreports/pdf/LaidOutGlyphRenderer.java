package net.sf.jasperreports.pdf;

import java.awt.font.GlyphVector;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.TabStop;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * JasperReports' {@link PdfGlyphRenderer}, which places text glyph by glyph (what keeps CJK lines on the
 * GB/T 9704 grid), with each text's lines laid out at most twice per thread and drawn again for every
 * later text laid out the same way.
 *
 * <p>Breaking a text into lines (AWT's {@code LineBreakMeasurer} and {@code TextLayout}: shaping, glyph
 * metrics, break iteration) was most of the PDF export's time, and letters share most of their texts:
 * headings, fixed sentences, indicator names, the same figures. What that work yields is a list of
 * {@code TextLayout}s and the offsets the renderer draws each at; which lines a text gets depends only
 * on its styled text (characters, fonts, sizes, colours) and its box (size, paddings, alignment, paragraph
 * settings, rotation), never on where the box stands. So a text met again is drawn from the layouts kept
 * for it, through the same expressions and the same graphics as the first time: the PDF's bytes are those
 * {@code PdfGlyphRenderer} writes. Kept per thread, since a {@code TextLayout} fills caches lazily while
 * it draws; a thread keeps the layouts of texts it laid out twice, at most {@value #KEPT} of them, the
 * least recently drawn going first.
 *
 * <p>A text with an HTML list bullet, or in a tagged PDF (whose structure tags the layout pass writes),
 * is laid out every time, as JasperReports does.
 */
public final class LaidOutGlyphRenderer extends AbstractPdfTextRenderer {
    static final int KEPT = 1024;
    static final int SEEN = 4096;

    /**
     * The layouts kept for one JasperReports context (its fonts decide the layouts), per thread; held
     * in the context under {@link #KEY}, where {@link #from} finds them.
     */
    public static final class Layouts {
        public static final String KEY = Layouts.class.getName();

        private final ThreadLocal<Kept> kept = ThreadLocal.withInitial(Kept::new);

        /**
         * The layouts kept for one thread, and how many texts it drew from them. A text's layouts are kept
         * the second time it is laid out: a letter's own texts (its unit's name in a sentence, its
         * figures) are met once and would only pass through, and layouts held that long outlive young
         * collections and pile up in the old generation as garbage (the bench's heap figure rose by
         * 80 MB at 300 letters when every text was kept).
         */
        private static final class Kept extends LinkedHashMap<Text, List<Draw>> {
            final Map<Text, Boolean> seen = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Text, Boolean> eldest) {
                    return size() > SEEN;
                }
            };
            long reused;

            Kept() {
                super(256, 0.75f, true);
            }

            @Override
            protected boolean removeEldestEntry(Map.Entry<Text, List<Draw>> eldest) {
                return size() > KEPT;
            }
        }

        /** The layouts kept in {@code context}, if any. */
        public static Layouts from(JasperReportsContext context) {
            return context.getValue(KEY) instanceof Layouts l ? l : null;
        }

        /** How many texts this thread has drawn from kept layouts: tests see that the layouts were used. */
        public long reused() {
            return kept.get().reused;
        }

        List<Draw> get(Text text) {
            Kept k = kept.get();
            List<Draw> draws = k.get(text);
            if (draws != null) {
                k.reused++;
            }
            return draws;
        }

        /** Keeps the layouts of a text laid out before (since {@link #SEEN} texts ago at most). */
        void laidOut(Text text, List<Draw> draws) {
            Kept k = kept.get();
            if (k.seen.remove(text) != null) {
                k.put(text, draws);
            } else {
                k.seen.put(text, Boolean.TRUE);
            }
        }
    }

    /** What decides a glyph run's PDF font (see {@link FontMapGraphics}). */
    public record FontKey(java.awt.Font font, Locale locale) {
    }

    /** One line segment as the renderer drew it: the layout and the renderer's offsets in the box. */
    record Draw(TextLayout layout, float drawPosX, float drawPosY) {
    }

    /** What decides a text's lines (see the class comment); equal texts get equal layouts. */
    record Text(String text, Locale styledLocale, Locale locale, List<Run> runs, int width, int height,
            int topPadding, int leftPadding, int bottomPadding, int rightPadding, Object rotation,
            Object horizontal, Object vertical, Object direction, float textHeight, Object lineSpacing,
            Float lineSpacingSize, Integer firstLineIndent, Integer leftIndent, Integer rightIndent,
            Integer spacingBefore, Integer tabStopWidth, List<Tab> tabStops, boolean indentFirstLine,
            boolean justifyLastLine) {
    }

    record Run(Map<Attribute, Object> attributes, int start, int end) {
    }

    record Tab(int position, Object alignment) {
    }

    private final boolean addActualText;
    private final Layouts layouts;
    private final Map<FontKey, com.lowagie.text.Font> pdfFonts;
    private ClassicPdfProducer classicPdfProducer;
    private PdfContentByte pdfContentByte;
    private FontMapGraphics pdfGraphics2D;
    private List<Draw> drawn; // the draws of the text being laid out, null if it is not to be kept

    public LaidOutGlyphRenderer(JasperReportsContext jasperReportsContext, boolean ignoreMissingFont,
            boolean defaultIndentFirstLine, boolean defaultJustifyLastLine, boolean addActualText, Layouts layouts,
            Map<FontKey, com.lowagie.text.Font> pdfFonts) {
        super(jasperReportsContext, ignoreMissingFont, defaultIndentFirstLine, defaultJustifyLastLine);
        this.addActualText = addActualText;
        this.layouts = layouts;
        this.pdfFonts = pdfFonts;
    }

    @Override
    public void initialize(JRPdfExporter pdfExporter, PdfProducer pdfProducer, JRPdfExporterTagHelper tagHelper,
            JRPrintText text, JRStyledText styledText, int offsetX, int offsetY) {
        if (!(pdfProducer instanceof ClassicPdfProducer classic)) {
            throw new IllegalArgumentException("Only ClassicPdfProducer is supported");
        }
        super.initialize(pdfExporter, pdfProducer, tagHelper, text, styledText, offsetX, offsetY);
        classicPdfProducer = classic;
        pdfContentByte = classic.getPdfContentByte();
    }

    /** As {@link PdfGlyphRenderer#render}, the lines drawn from kept layouts when there are some. */
    @Override
    public void render() {
        Locale locale = pdfExporter.getTextLocale(text);
        boolean tagged = classicPdfProducer.getContext().isTagged();
        Text key = tagged ? null : key(locale);
        List<Draw> kept = key == null ? null : layouts.get(key);
        pdfGraphics2D = new FontMapGraphics(pdfContentByte, pdfExporter, classicPdfProducer, locale, pdfFonts);

        boolean addText = addActualText && !tagged;
        if (addText) {
            PdfDictionary markedContentProps = new PdfDictionary();
            markedContentProps.put(PdfName.ACTUALTEXT, new PdfString(allText, PdfObject.TEXT_UNICODE));
            pdfContentByte.beginMarkedContentSequence(PdfName.SPAN, markedContentProps, true);
        }

        if (kept != null) {
            for (Draw d : kept) {
                draw(d.layout(), d.drawPosX(), d.drawPosY());
            }
        } else {
            drawn = key == null ? null : new ArrayList<>();
            super.render();
            if (drawn != null) {
                layouts.laidOut(key, List.copyOf(drawn));
                drawn = null;
            }
        }

        if (addText) {
            pdfContentByte.endMarkedContentSequence();
        }
        pdfGraphics2D.dispose();
    }

    /** As {@link PdfGlyphRenderer#draw}, noting what was drawn. */
    @Override
    public void draw() {
        if (bulletChunk != null) {
            drawn = null; // the bullet is laid out apart: not kept
            AttributedCharacterIterator bulletIterator = bulletChunk.getIterator();
            TextLayout bulletLayout = new LineBreakMeasurer(bulletIterator, getFontRenderContext())
                    .nextLayout(1000, bulletIterator.getEndIndex(), true);
            bulletLayout.draw(pdfGraphics2D, x + drawPosX - bulletLayout.getVisibleAdvance() - 10,
                    y + topPadding + verticalAlignOffset + drawPosY);
        }
        TextLayout layout = segments.get(segmentIndex).layout;
        draw(layout, drawPosX, drawPosY);
        if (drawn != null) {
            drawn.add(new Draw(layout, drawPosX, drawPosY));
        }
    }

    /** The segment drawn where {@link PdfGlyphRenderer#draw} draws it, by the same float arithmetic. */
    private void draw(TextLayout layout, float drawPosX, float drawPosY) {
        layout.draw(pdfGraphics2D, x + drawPosX, y + topPadding + verticalAlignOffset + drawPosY);
    }

    @Override
    public boolean addActualText() {
        return addActualText;
    }

    private Text key(Locale locale) {
        List<Run> runs = new ArrayList<>(styledText.getRuns().size());
        for (JRStyledText.Run r : styledText.getRuns()) {
            runs.add(new Run(r.attributes == null ? null : new HashMap<>(r.attributes), r.startIndex, r.endIndex));
        }
        JRParagraph p = text.getParagraph();
        TabStop[] stops = p.getTabStops();
        List<Tab> tabs = stops == null ? null
                : Arrays.stream(stops).map(t -> new Tab(t.getPosition(), t.getAlignment())).toList();
        return new Text(allText, styledText.getLocale(), locale, runs, width, height, topPadding, leftPadding,
                bottomPadding, rightPadding, text.getRotation(), text.getHorizontalTextAlign(),
                text.getVerticalTextAlign(), text.getRunDirection(), text.getTextHeight(), p.getLineSpacing(),
                p.getLineSpacingSize(), p.getFirstLineIndent(), p.getLeftIndent(), p.getRightIndent(),
                p.getSpacingBefore(), p.getTabStopWidth(), tabs, indentFirstLine, justifyLastLine);
    }

    /**
     * {@link PdfGlyphGraphics2D} with the PDF font of each AWT font looked up once per document: JasperReports
     * resolves it again for every glyph run (a map of the font's attributes, the font extensions searched,
     * a new OpenPDF font made), though it depends only on the AWT font, which carries those attributes,
     * and on the text's locale; the map belongs to one document. Draws a glyph run as {@code PdfGlyphGraphics2D}
     * does, call for call.
     */
    static final class FontMapGraphics extends PdfGlyphGraphics2D {
        private static final float BOLD_STRIKE_FACTOR = 1f / 30f; // PdfGlyphGraphics2D's
        private static final float ITALIC_ANGLE = .21256f;

        private final PdfContentByte pdfContentByte;
        private final JRPdfExporter pdfExporter;
        private final ClassicPdfProducer pdfProducer;
        private final Locale locale;
        private final Map<FontKey, com.lowagie.text.Font> pdfFonts;

        FontMapGraphics(PdfContentByte pdfContentByte, JRPdfExporter pdfExporter, ClassicPdfProducer pdfProducer,
                Locale locale, Map<FontKey, com.lowagie.text.Font> pdfFonts) {
            super(pdfContentByte, pdfExporter, pdfProducer, locale);
            this.pdfContentByte = pdfContentByte;
            this.pdfExporter = pdfExporter;
            this.pdfProducer = pdfProducer;
            this.locale = locale;
            this.pdfFonts = pdfFonts;
        }

        private com.lowagie.text.Font pdfFont(java.awt.Font awtFont) {
            return pdfFonts.computeIfAbsent(new FontKey(awtFont, locale),
                    k -> pdfProducer.getFont(new HashMap<>(awtFont.getAttributes()), locale));
        }

        @Override
        public void drawGlyphVector(GlyphVector glyphVector, float x, float y) {
            java.awt.Font awtFont = glyphVector.getFont();
            com.lowagie.text.Font currentFont = pdfFont(awtFont);
            boolean bold = (currentFont.getStyle() & com.lowagie.text.Font.BOLD) != 0;
            boolean italic = (currentFont.getStyle() & com.lowagie.text.Font.ITALIC) != 0;

            PdfContentByte text = pdfContentByte.getDuplicate();
            text.beginText();

            float[] originalCoords = new float[] {x, y};
            float[] transformedCoors = new float[2];
            getTransform().transform(originalCoords, 0, transformedCoors, 0, 1);
            text.setTextMatrix(1, 0, italic ? ITALIC_ANGLE : 0f, 1,
                    transformedCoors[0], pdfExporter.getCurrentPageFormat().getPageHeight() - transformedCoors[1]);

            double scaleX = awtFont.getTransform().getScaleX();
            double scaleY = awtFont.getTransform().getScaleY();
            double minScale = Math.min(scaleX, scaleY);
            text.setFontAndSize(currentFont.getBaseFont(), (float) (minScale * awtFont.getSize2D()));

            if (bold) {
                text.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                text.setLineWidth(currentFont.getSize() * BOLD_STRIKE_FACTOR);
                text.setColorStroke(getColor());
            }

            text.setColorFill(getColor());
            text.showText(glyphVector);
            text.resetRGBColorFill();

            if (bold) {
                text.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
                text.setLineWidth(1f);
                text.resetRGBColorStroke();
            }

            text.endText();
            pdfContentByte.add(text);
        }
    }
}
