package net.sf.jasperreports.pdf;

import java.awt.font.GlyphVector;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.lowagie.text.pdf.GlyphRunBytes;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;

import org.shuangbai.documents.ValueKey;

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
    static final int PARAGRAPHS = 256;

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
        private static final class Kept extends LinkedHashMap<ValueKey, List<Draw>> {
            final Map<ValueKey, Boolean> seen = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ValueKey, Boolean> eldest) {
                    return size() > SEEN;
                }
            };
            /** Each paragraph key met, so that equal ones are one object (see {@link DocumentGlyphs#paragraph}). */
            final Map<ValueKey, ValueKey> paragraphs = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ValueKey, ValueKey> eldest) {
                    return size() > PARAGRAPHS;
                }
            };
            long reused;

            Kept() {
                super(256, 0.75f, true);
            }

            @Override
            protected boolean removeEldestEntry(Map.Entry<ValueKey, List<Draw>> eldest) {
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

        List<Draw> get(ValueKey text) {
            Kept k = kept.get();
            List<Draw> draws = k.get(text);
            if (draws != null) {
                k.reused++;
            }
            return draws;
        }

        /**
         * Keeps the layouts of a text laid out before (since {@link #SEEN} texts ago at most). The texts seen
         * once are noted by their lookup keys, uncopied: such a key only decides whether a later text's layouts
         * are kept, never which layouts are drawn.
         */
        void laidOut(ValueKey text, List<Draw> draws) {
            Kept k = kept.get();
            if (k.seen.remove(text) != null) {
                k.put(text.kept(), draws);
            } else {
                k.seen.put(text, Boolean.TRUE);
            }
        }

        /** The paragraph key equal to {@code paragraph} this thread met first, or {@code paragraph}. */
        ValueKey same(ValueKey paragraph) {
            ValueKey met = kept.get().paragraphs.putIfAbsent(paragraph, paragraph);
            return met == null ? paragraph : met;
        }
    }

    /**
     * What the texts of one document share: the PDF font of each AWT font, and one graphics through which
     * texts of glyphs alone are drawn. JasperReports makes an OpenPDF graphics for every text (a clip area,
     * a scratch image, a font drawer, two arrays of 256 graphics states: 5 % of a render's CPU), which
     * opens the text with a saved state, its default stroke and another saved state, and closes it with
     * two restores. A text whose lines draw only glyphs uses nothing else of it: its glyph runs go to
     * {@link FontMapGraphics#drawGlyphVector}, which writes to the page itself, and a colour set for a run
     * is set back after it. So such a text is drawn through one graphics made once per document on a
     * scratch content (where its constructor writes its opening), and the page gets the very bytes that
     * opening and closing wrote there, through the same calls. Made by the exporter's producer, one per
     * document, used on the thread exporting it.
     */
    public static final class DocumentGlyphs {
        private static final byte[] SAVE = {'q', '\n'};

        final Map<FontKey, com.lowagie.text.Font> pdfFonts = new HashMap<>();
        final GlyphRunBytes runs = new GlyphRunBytes();
        private final Map<JRParagraph, ValueKey> paragraphs = new IdentityHashMap<>();
        private boolean tried;
        private FontMapGraphics shared;
        private byte[] stroke; // what the graphics writes between its two saves: its default stroke

        /** The document's shared graphics, or null if its opening is not the one {@link #open} writes. */
        FontMapGraphics shared(JRPdfExporter exporter, ClassicPdfProducer producer) {
            if (!tried) {
                tried = true;
                PdfContentByte scratch = new PdfContentByte(null);
                FontMapGraphics g = new FontMapGraphics(scratch, exporter, producer, null, this);
                byte[] opening = scratch.getInternalBuffer().toByteArray();
                int n = opening.length;
                if (n >= 4 && Arrays.equals(opening, 0, 2, SAVE, 0, 2) && Arrays.equals(opening, n - 2, n, SAVE, 0, 2)) {
                    stroke = Arrays.copyOfRange(opening, 2, n - 2);
                    shared = g;
                }
            }
            return shared;
        }

        /**
         * The settings of {@code paragraph} that decide lines, as one key part. A print's texts share their
         * design element's paragraph, whose every setting JasperReports resolves through the styles each time
         * it is asked (a third of the cost of a kept layout's key); the print is complete when it is exported,
         * so each paragraph's settings are read once per document. Equal parts are one object per thread
         * ({@link Layouts#same}), which makes comparing them in a lookup a reference comparison.
         */
        ValueKey paragraph(JRParagraph paragraph, Layouts layouts) {
            ValueKey k = paragraphs.get(paragraph);
            if (k == null) {
                k = layouts.same(new ValueKey.Parts().paragraph(paragraph).key());
                paragraphs.put(paragraph, k);
            }
            return k;
        }

        /** What a new graphics writes on {@code page} when it is made. */
        void open(PdfContentByte page) {
            page.saveState();
            page.getInternalBuffer().append(stroke);
            page.saveState();
        }

        /** What a graphics writes on {@code page} when it is disposed of. */
        void close(PdfContentByte page) {
            page.restoreState();
            page.restoreState();
        }
    }

    /**
     * What decides a glyph run's PDF font (see {@link FontMapGraphics}); equals and hashCode written out,
     * as {@link ValueKey}'s are, being asked for every glyph run.
     */
    static final class FontKey {
        private final java.awt.Font font;
        private final Locale locale;

        FontKey(java.awt.Font font, Locale locale) {
            this.font = font;
            this.locale = locale;
        }

        @Override
        public int hashCode() {
            return 31 * font.hashCode() + (locale == null ? 0 : locale.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FontKey k && k.font.equals(font) && Objects.equals(k.locale, locale);
        }
    }

    /** One line segment as the renderer drew it: the layout and the renderer's offsets in the box. */
    record Draw(TextLayout layout, float drawPosX, float drawPosY) {
    }

    /** Text attributes {@code TextLayout} draws with shapes, strokes or paints of its own (see {@link #plain()}). */
    private static final List<Attribute> DECORATIONS = List.of(TextAttribute.UNDERLINE, TextAttribute.STRIKETHROUGH,
            TextAttribute.BACKGROUND, TextAttribute.SWAP_COLORS, TextAttribute.INPUT_METHOD_HIGHLIGHT,
            TextAttribute.INPUT_METHOD_UNDERLINE, TextAttribute.CHAR_REPLACEMENT);

    private final boolean addActualText;
    private final Layouts layouts;
    private final DocumentGlyphs glyphs;
    private ClassicPdfProducer classicPdfProducer;
    private PdfContentByte pdfContentByte;
    private FontMapGraphics pdfGraphics2D;
    private List<Draw> drawn; // the draws of the text being laid out, null if it is not to be kept

    public LaidOutGlyphRenderer(JasperReportsContext jasperReportsContext, boolean ignoreMissingFont,
            boolean defaultIndentFirstLine, boolean defaultJustifyLastLine, boolean addActualText, Layouts layouts,
            DocumentGlyphs glyphs) {
        super(jasperReportsContext, ignoreMissingFont, defaultIndentFirstLine, defaultJustifyLastLine);
        this.addActualText = addActualText;
        this.layouts = layouts;
        this.glyphs = glyphs;
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
        ValueKey key = tagged ? null : key(locale);
        List<Draw> kept = key == null ? null : layouts.get(key);
        FontMapGraphics shared = plain() ? glyphs.shared(pdfExporter, classicPdfProducer) : null;
        if (shared != null) {
            glyphs.open(pdfContentByte);
            pdfGraphics2D = shared.drawingOn(pdfContentByte, locale);
        } else {
            pdfGraphics2D = new FontMapGraphics(pdfContentByte, pdfExporter, classicPdfProducer, locale, glyphs);
        }

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
        if (shared != null) {
            glyphs.close(pdfContentByte);
        } else {
            pdfGraphics2D.dispose();
        }
    }

    /**
     * Whether the text's lines draw nothing but glyphs: no underline, strike-through, background or
     * replaced characters, which {@code TextLayout} draws as shapes through the graphics' own state.
     */
    private boolean plain() {
        if (!plain(styledText.getGlobalAttributes())) {
            return false;
        }
        for (JRStyledText.Run r : styledText.getRuns()) {
            if (!plain(r.attributes)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Map<Attribute, Object> attributes) {
        if (attributes == null) {
            return true;
        }
        for (Attribute a : DECORATIONS) {
            if (attributes.get(a) != null) {
                return false;
            }
        }
        return true;
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

    /** What decides the text's lines (see the class comment). */
    private ValueKey key(Locale locale) {
        return new ValueKey.Parts().add(allText).add(styledText.getLocale()).add(locale).add(width).add(height)
                .add(topPadding).add(leftPadding).add(bottomPadding).add(rightPadding).add(text.getRotation())
                .add(text.getHorizontalTextAlign()).add(text.getVerticalTextAlign()).add(text.getRunDirection())
                .add(text.getTextHeight()).add(indentFirstLine).add(justifyLastLine)
                .add(glyphs.paragraph(text.getParagraph(), layouts)).runs(styledText.getRuns()).key();
    }

    /**
     * {@link PdfGlyphGraphics2D} with the PDF font of each AWT font looked up once per document: JasperReports
     * resolves it again for every glyph run (a map of the font's attributes, the font extensions searched,
     * a new OpenPDF font made), though it depends only on the AWT font, which carries those attributes,
     * and on the text's locale; the map belongs to one document. Draws a glyph run as {@code PdfGlyphGraphics2D}
     * does, call for call, its glyphs' bytes written by the document's {@link GlyphRunBytes}.
     */
    static final class FontMapGraphics extends PdfGlyphGraphics2D {
        private static final float BOLD_STRIKE_FACTOR = 1f / 30f; // PdfGlyphGraphics2D's
        private static final float ITALIC_ANGLE = .21256f;

        private final JRPdfExporter pdfExporter;
        private final ClassicPdfProducer pdfProducer;
        private final DocumentGlyphs glyphs;
        private PdfContentByte pdfContentByte;
        private Locale locale;
        private java.awt.Font lastAwtFont; // see pdfFont
        private Locale lastLocale;
        private com.lowagie.text.Font lastPdfFont;

        FontMapGraphics(PdfContentByte pdfContentByte, JRPdfExporter pdfExporter, ClassicPdfProducer pdfProducer,
                Locale locale, DocumentGlyphs glyphs) {
            super(pdfContentByte, pdfExporter, pdfProducer, locale);
            this.pdfContentByte = pdfContentByte;
            this.pdfExporter = pdfExporter;
            this.pdfProducer = pdfProducer;
            this.locale = locale;
            this.glyphs = glyphs;
        }

        /** This graphics drawing the glyph runs of a text in {@code locale} on {@code page}. */
        FontMapGraphics drawingOn(PdfContentByte page, Locale textLocale) {
            pdfContentByte = page;
            locale = textLocale;
            return this;
        }

        /**
         * The PDF font of {@code awtFont}. Runs in a row mostly share one AWT font object (a kept layout's
         * runs are the same objects each time it is drawn), so the last answer is tried first by identity:
         * the map's key compares fonts by their attributes (1.3 % of the render's document jobs).
         */
        private com.lowagie.text.Font pdfFont(java.awt.Font awtFont) {
            if (awtFont != lastAwtFont || locale != lastLocale) {
                lastPdfFont = glyphs.pdfFonts.computeIfAbsent(new FontKey(awtFont, locale),
                        k -> pdfProducer.getFont(new HashMap<>(awtFont.getAttributes()), locale));
                lastAwtFont = awtFont;
                lastLocale = locale;
            }
            return lastPdfFont;
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
            glyphs.runs.show(text, glyphVector);
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
