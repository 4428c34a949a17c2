package org.shuangbai.documents;

import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.fonts.AwtFontAttribute;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.LaidOutGlyphRenderer;
import net.sf.jasperreports.pdf.PdfGlyphRenderer;
import net.sf.jasperreports.pdf.PdfReportConfiguration;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * JasperReports' OpenPDF producer with glyph-placed text drawn from layouts kept across texts
 * ({@link LaidOutGlyphRenderer}) when the context keeps them ({@link FontCatalog#context()} does), each
 * AWT font's PDF font looked up once per document and texts of glyphs alone drawn through one graphics
 * per document, and JasperReports' transparent pixel decoded once per run rather than once per document.
 */
public final class GlyphPdfProducerFactory implements PdfProducerFactory {

    /** Public with no arguments: JasperReports makes it from its class name (exporter property). */
    public GlyphPdfProducerFactory() {
    }

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new ClassicPdfProducer(context) {
            /** What this document's texts share (see {@link LaidOutGlyphRenderer}). */
            private final LaidOutGlyphRenderer.DocumentGlyphs documentGlyphs = new LaidOutGlyphRenderer.DocumentGlyphs();

            /** How JasperReports chose the renderer of this document's texts (see {@link GlyphChoice}). */
            private final GlyphChoice choice = new GlyphChoice();

            /**
             * The writer deflates at best speed: the pages' content streams are short runs of operators
             * whose matches level 1 finds nearly as well (the demo's letters' non-font streams 18 % larger,
             * 2 % of a letter) in half the time, and the fonts' programs are then only Huffman-coded (see
             * {@code SharedCffFont#program}).
             */
            @Override
            public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
                PdfDocumentWriter writer = super.createWriter(out);
                getPdfWriter().setCompressionLevel(PdfStream.BEST_SPEED);
                return writer;
            }

            @Override
            public void initReport() {
                super.initReport();
                choice.initReport(getContext());
            }

            @Override
            public AbstractPdfTextRenderer getTextRenderer(PdfTextRendererContext text) {
                LaidOutGlyphRenderer.Layouts layouts = LaidOutGlyphRenderer.Layouts.from(getContext().getJasperReportsContext());
                if (layouts == null) {
                    return super.getTextRenderer(text);
                }
                GlyphChoice.Font font = choice.font(getContext(), text);
                Boolean glyphs = font == null ? null : choice.glyphs(font);
                boolean addActualText;
                if (Boolean.TRUE.equals(glyphs)) {
                    addActualText = choice.addActualText();
                } else {
                    AbstractPdfTextRenderer renderer = super.getTextRenderer(text);
                    if (font != null) {
                        choice.chosen(font, renderer);
                    }
                    if (!(renderer instanceof PdfGlyphRenderer chosen)) {
                        return renderer;
                    }
                    addActualText = chosen.addActualText();
                }
                return new LaidOutGlyphRenderer(getContext().getJasperReportsContext(), text.getAwtIgnoreMissingFont(),
                        text.getIndentFirstLine(), text.getJustifyLastLine(), addActualText, layouts, documentGlyphs);
            }

            @Override
            public PdfImage createImage(byte[] data, boolean verify) throws IOException, JRException {
                Image pixel = pixel(data);
                return pixel != null ? new ClassicImage(pixel) : super.createImage(data, verify);
            }
        };
    }

    /**
     * JasperReports' choice of the glyph renderer for a text, learnt per document. JasperReports decides it
     * for every text: the text has a character in one of the glyph renderer's Unicode blocks, and every run
     * of its styled text has a font the glyph renderer can use (whose answer it keeps per font). To see the
     * runs it builds an {@code AttributedString} of the text (2 % of the render's document jobs, for texts
     * whose lines are then drawn from kept layouts). A text of one run over all of it has one font: once
     * JasperReports has answered for that font in this document, the answer holds for every such text
     * with a character in those blocks; the blocks are read from the same properties as JasperReports reads.
     * Any other text is left to JasperReports.
     */
    static final class GlyphChoice {
        /** What decides whether a text of one run can be drawn as glyphs. */
        record Font(AwtFontAttribute attribute, boolean italic, boolean bold, Locale locale, boolean ignoreMissing) {
        }

        private final Map<Font, Boolean> fonts = new HashMap<>();
        private Set<Character.UnicodeBlock> blocks = Set.of();
        private boolean addActualText;

        /** As JasperReports' {@code GlyphRendering.initGlyphRenderer}, for the report being exported. */
        void initReport(PdfProducerContext context) {
            fonts.clear();
            blocks = blocks(context.getProperties().getAllProperties(context.getCurrentJasperPrint(),
                    PdfReportConfiguration.PROPERTY_PREFIX_GLYPH_RENDERER_BLOCKS).stream()
                    .map(JRPropertiesUtil.PropertySuffix::getValue).toList());
        }

        /** The Unicode blocks named in {@code values} (comma-separated names; names that are none are skipped). */
        static Set<Character.UnicodeBlock> blocks(List<String> values) {
            Set<Character.UnicodeBlock> found = new HashSet<>();
            for (String value : values) {
                for (String token : value.split(",")) {
                    if (!token.trim().isEmpty()) {
                        try {
                            found.add(Character.UnicodeBlock.forName(token.trim()));
                        } catch (IllegalArgumentException e) {
                            // JasperReports warns and skips it
                        }
                    }
                }
            }
            return found;
        }

        /**
         * The font of a text of one run with a character in the glyph blocks; null for any other text,
         * which JasperReports decides.
         */
        Font font(PdfProducerContext context, PdfTextRendererContext text) {
            if (blocks.isEmpty() || !inBlocks(blocks, context.getStyledTextUtil().getTruncatedText(text.getPrintText()))) {
                return null;
            }
            return font(text.getStyledText(), text.getTextLocale(), text.getAwtIgnoreMissingFont());
        }

        /**
         * The font of {@code styled} as {@code GlyphRendering.extractFontKey} reads it, if the text is one run
         * over all of it with a font attribute; else null.
         */
        static Font font(JRStyledText styled, Locale locale, boolean ignoreMissing) {
            List<JRStyledText.Run> runs = styled.getRuns();
            if (runs.size() != 1) {
                return null;
            }
            JRStyledText.Run run = runs.get(0);
            if (run.attributes == null || run.startIndex != 0 || run.endIndex != styled.length() || styled.length() == 0) {
                return null;
            }
            Map<Attribute, Object> a = run.attributes;
            AwtFontAttribute attribute = AwtFontAttribute.fromAttributes(a);
            if (!attribute.hasAttribute()) {
                return null;
            }
            return new Font(attribute, TextAttribute.POSTURE_OBLIQUE.equals(a.get(TextAttribute.POSTURE)),
                    TextAttribute.WEIGHT_BOLD.equals(a.get(TextAttribute.WEIGHT)), locale, ignoreMissing);
        }

        /** As {@code GlyphRendering.toUseGlyphRenderer}: whether {@code value} has a character in {@code blocks}. */
        static boolean inBlocks(Set<Character.UnicodeBlock> blocks, String value) {
            if (value == null) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                if (blocks.contains(Character.UnicodeBlock.of(value.charAt(i)))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether JasperReports chose the glyph renderer for a text in {@code font} in this document; null if not yet asked. */
        Boolean glyphs(Font font) {
            return fonts.get(font);
        }

        /** Notes JasperReports' choice for a text in {@code font}. */
        void chosen(Font font, AbstractPdfTextRenderer renderer) {
            boolean glyphs = renderer instanceof PdfGlyphRenderer;
            if (glyphs) {
                addActualText = ((PdfGlyphRenderer) renderer).addActualText();
            }
            fonts.put(font, glyphs);
        }

        /** Whether the glyph renderers JasperReports made for this document add the text as ActualText. */
        boolean addActualText() {
            return addActualText;
        }
    }

    /**
     * A copy of the image OpenPDF makes of JasperReports' transparent pixel if {@code data} is that
     * PNG, else null. The exporter asks for the pixel once per document to lay over each image (it
     * reaches the page only under a link or in a tagged PDF), and OpenPDF decodes it through ImageIO and
     * an AWT pixel copy: 2.3 % of the render's document jobs once the chart was drawn (JFR, bench,
     * N=300). A copy per document, since the exporter scales it; the copies share the unchanging pixels.
     */
    static Image pixel(byte[] data) {
        return Arrays.equals(data, Pixel.PNG) ? Image.getInstance(Pixel.IMAGE) : null;
    }

    /** The PNG of JasperReports' transparent pixel, read once per run; not to be written to. */
    static byte[] pixelPng() {
        return Pixel.PNG;
    }

    /** Read on first use. */
    private static final class Pixel {
        static final byte[] PNG;
        static final Image IMAGE;

        static {
            try {
                PNG = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
                IMAGE = Image.getInstance(PNG);
            } catch (JRException | IOException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
