package org.shuangbai.documents;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

import net.sf.jasperreports.engine.JRException;
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
 * JasperReports' OpenPDF producer with a quicker way from a chart's PNG to the PDF's image, and with
 * glyph-placed text drawn from layouts kept across texts ({@link LaidOutGlyphRenderer}) when the context
 * keeps them ({@link FontCatalog#context()} does), each AWT font's PDF font looked up once per document
 * and texts of glyphs alone drawn through one graphics per document.
 *
 * <p>A letter's chart reaches the PDF exporter as PNG bytes. OpenPDF decodes them with ImageIO into
 * a byte-interleaved image and then asks {@code PixelGrabber} for its ARGB pixels, which goes
 * through the colour model pixel by pixel: about 10 ms a chart, 3 % of the demo's CPU (JFR). For
 * the two layouts ImageIO gives an 8-bit RGB or RGBA PNG in sRGB, the same ARGB values are read
 * straight from the raster's bytes and handed to OpenPDF as an image in the default RGB model, which
 * it takes without conversion; everything after that is OpenPDF's own code, so the PDF's image and
 * soft mask are the same bytes as before. Any other image goes to OpenPDF as it is.
 */
public final class PngPdfProducerFactory implements PdfProducerFactory {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Public with no arguments: JasperReports makes it from its class name (exporter property). */
    public PngPdfProducerFactory() {
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
                Image image = image(data);
                // OpenPDF's verification writes the image into a scratch PDF to see that it can; an
                // image made from known pixels always can.
                return image != null ? new ClassicImage(image) : super.createImage(data, verify);
            }
        };
    }

    /** The image OpenPDF would make of {@code data}, or null if it is not a PNG this reads directly. */
    static Image image(byte[] data) throws IOException {
        if (!isPng(data)) {
            return null;
        }
        BufferedImage plain = QuickPng.read(data);
        if (plain == null) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(data));
            int[] argb = decoded == null ? null : argb(decoded);
            if (argb == null) {
                return null;
            }
            plain = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_ARGB);
            int[] target = ((DataBufferInt) plain.getRaster().getDataBuffer()).getData();
            System.arraycopy(argb, 0, target, 0, argb.length);
        }
        try {
            return Image.getInstance(plain, null, false);
        } catch (BadElementException e) {
            throw new IOException(e);
        }
    }

    private static boolean isPng(byte[] data) {
        if (data == null || data.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (data[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pixels as {@code PixelGrabber} gives them (non-premultiplied ARGB), read from the bytes of
     * a {@code TYPE_4BYTE_ABGR} or {@code TYPE_3BYTE_BGR} image, whose sRGB 8-bit colour model maps
     * each sample to itself; null for any other image.
     */
    static int[] argb(BufferedImage image) {
        int type = image.getType();
        boolean alpha = type == BufferedImage.TYPE_4BYTE_ABGR;
        if (!alpha && type != BufferedImage.TYPE_3BYTE_BGR) {
            return null;
        }
        Raster raster = image.getRaster();
        if (!(raster.getSampleModel() instanceof ComponentSampleModel model)
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1) {
            return null;
        }
        byte[] bytes = buffer.getData();
        int[] band = model.getBandOffsets();
        int pixelStride = model.getPixelStride();
        int lineStride = model.getScanlineStride();
        int origin = buffer.getOffset() - raster.getSampleModelTranslateY() * lineStride
                - raster.getSampleModelTranslateX() * pixelStride;
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = new int[w * h];
        int i = 0;
        for (int y = 0; y < h; y++) {
            int p = origin + y * lineStride;
            for (int x = 0; x < w; x++, p += pixelStride) {
                int a = alpha ? bytes[p + band[3]] & 0xff : 0xff;
                argb[i++] = a << 24 | (bytes[p + band[0]] & 0xff) << 16 | (bytes[p + band[1]] & 0xff) << 8
                        | bytes[p + band[2]] & 0xff;
            }
        }
        return argb;
    }
}
