package org.shuangbai.documents;

import java.io.IOException;
import java.util.Arrays;

import com.lowagie.text.Image;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.LaidOutGlyphRenderer;
import net.sf.jasperreports.pdf.PdfGlyphRenderer;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
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

            @Override
            public AbstractPdfTextRenderer getTextRenderer(PdfTextRendererContext text) {
                AbstractPdfTextRenderer renderer = super.getTextRenderer(text);
                LaidOutGlyphRenderer.Layouts layouts = LaidOutGlyphRenderer.Layouts.from(getContext().getJasperReportsContext());
                if (!(renderer instanceof PdfGlyphRenderer glyphs) || layouts == null) {
                    return renderer;
                }
                return new LaidOutGlyphRenderer(getContext().getJasperReportsContext(), text.getAwtIgnoreMissingFont(),
                        text.getIndentFirstLine(), text.getJustifyLastLine(), glyphs.addActualText(), layouts, documentGlyphs);
            }

            @Override
            public PdfImage createImage(byte[] data, boolean verify) throws IOException, JRException {
                Image pixel = pixel(data);
                return pixel != null ? new ClassicImage(pixel) : super.createImage(data, verify);
            }
        };
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
