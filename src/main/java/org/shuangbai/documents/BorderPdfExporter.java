package org.shuangbai.documents;

import java.awt.Color;
import java.util.IdentityHashMap;
import java.util.Map;

import com.lowagie.text.pdf.PdfContentByte;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * JasperReports' PDF exporter with cell borders written from each box's pens as resolved once per document.
 *
 * <p>For every bordered element the exporter draws four pens, and for each pen asks the box for its width,
 * style and colour (each answer resolved through the styles) and writes the same settings again: its width
 * and line cap, its colour, its dash, each number formatted anew (6.7 % of the render's document jobs, the
 * tables' and letters' cells being most of what a page draws). A print's boxes are complete when it is
 * exported, so a box's pens are resolved once per document and the bytes of their settings, as
 * {@code PdfContentByte} writes them, kept with them; the colour is still set through {@code PdfContentByte}
 * (which tracks the stroke's alpha), the lines are drawn through the same calls and the same float
 * arithmetic as {@link JRPdfExporter#exportBox}. A box with a double line or a translucent or missing
 * colour is drawn by JasperReports itself.
 */
final class BorderPdfExporter extends JRPdfExporter {
    /** The pens of each box met in the document being exported, or {@link Pens#NONE} where JasperReports draws. */
    private final Map<JRLineBox, Pens> boxes = new IdentityHashMap<>();
    private boolean cmyk; // colours converted to CMYK: drawn by JasperReports

    BorderPdfExporter(JasperReportsContext context) {
        super(context);
    }

    @Override
    protected void exportReportToStream(java.io.OutputStream os) throws net.sf.jasperreports.engine.JRException {
        boxes.clear(); // boxes belong to one document's prints
        cmyk = Boolean.TRUE.equals(getCurrentConfiguration().isUseCMYKColors());
        try {
            super.exportReportToStream(os);
        } finally {
            boxes.clear();
        }
    }

    /**
     * JasperReports' transparent pixel, laid over each image, made from its bytes as read once per run: the
     * exporter reads them from its jar again for every document with an image (each letter's chart), 1.2 %
     * of the render's Java samples (JFR, bench, N=1,000). The producer makes the same image of them
     * ({@link GlyphPdfProducerFactory#pixel}).
     */
    @Override
    protected PdfImage getPxImage() {
        if (pxImage == null) {
            try {
                pxImage = pdfProducer.createImage(GlyphPdfProducerFactory.pixelPng(), false);
            } catch (java.io.IOException | JRException e) {
                throw new JRRuntimeException(e); // as JRPdfExporter.getPxImage
            }
        }
        return pxImage;
    }

    @Override
    protected void exportBox(JRLineBox box, JRPrintElement element) {
        Pens pens = boxes.computeIfAbsent(box, Pens::of);
        if (pens == Pens.NONE || cmyk || !(pdfContent instanceof ClassicPdfContent classic)) {
            super.exportBox(box, element);
            return;
        }
        PdfContentByte content = classic.getPdfContentByte();
        // JRPdfExporter.exportTopPen, exportLeftPen, exportBottomPen and exportRightPen for single lines, with
        // the same int sums before each float offset
        int offsetX = getOffsetX();
        int offsetY = getOffsetY();
        int x0 = element.getX() + offsetX;
        int x1 = x0 + element.getWidth();
        int y0 = pageFormat.getPageHeight() - element.getY() - offsetY;
        int y1 = y0 - element.getHeight();
        float leftOffset = pens.left.width / 2;
        float rightOffset = pens.right.width / 2;
        float topOffset = pens.top.width / 2;
        float bottomOffset = pens.bottom.width / 2;
        side(pens.top, classic, content, x0 - leftOffset, y0, x1 + rightOffset, y0);
        side(pens.left, classic, content, x0, y0 + topOffset, x0, y1 - bottomOffset);
        side(pens.bottom, classic, content, x0 - leftOffset, y1, x1 + rightOffset, y1);
        side(pens.right, classic, content, x1, y0 + topOffset, x1, y1 - bottomOffset);
        content.getInternalBuffer().append(Pen.FINISH);
    }

    /**
     * One side's line if its pen is drawn: {@code preparePen}, {@code ClassicPdfContent.strokeLine}, then
     * {@code resetPen}.
     */
    private static void side(Pen pen, ClassicPdfContent classic, PdfContentByte content, float x1, float y1, float x2,
                             float y2) {
        if (!pen.drawn()) {
            return;
        }
        pen.prepare(content);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        classic.resetStrokeColor();
    }

    /** A box's four pens, resolved. */
    record Pens(Pen top, Pen left, Pen bottom, Pen right) {
        static final Pens NONE = new Pens(null, null, null, null);

        /** The pens of {@code box}, or {@link #NONE} if one of them is drawn in a way only JasperReports draws. */
        static Pens of(JRLineBox box) {
            Pen top = Pen.of(box.getTopPen());
            Pen left = Pen.of(box.getLeftPen());
            Pen bottom = Pen.of(box.getBottomPen());
            Pen right = Pen.of(box.getRightPen());
            return top == null || left == null || bottom == null || right == null ? NONE : new Pens(top, left, bottom, right);
        }
    }

    /**
     * One pen: its width (which also sets its neighbours' line ends), and if it is drawn its colour and the
     * bytes JasperReports' {@code preparePen} writes before and after the colour for a butt-capped line.
     */
    static final class Pen {
        /** What {@code exportBox} writes after the four pens: a solid dash and projecting square caps. */
        static final byte[] FINISH = written(c -> {
            c.setLineDash(0f);
            c.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
        });

        final float width;
        private final Color color;
        private final byte[] before;
        private final byte[] after;

        private Pen(float width, Color color, byte[] before, byte[] after) {
            this.width = width;
            this.color = color;
            this.before = before;
            this.after = after;
        }

        /** The pen, or null if JasperReports must draw it (a double line, a colour that is not opaque RGB). */
        static Pen of(JRPen pen) {
            float width = pen.getLineWidth();
            if (width <= 0f) {
                return new Pen(width, null, null, null);
            }
            Color color = pen.getLineColor();
            LineStyleEnum style = pen.getLineStyle();
            if (color == null || color.getAlpha() != 255 || color instanceof com.lowagie.text.pdf.ExtendedColor
                    || style == null || style == LineStyleEnum.DOUBLE) {
                return null;
            }
            byte[] before = written(c -> {
                c.setLineWidth(width);
                c.setLineCap(PdfContentByte.LINE_CAP_BUTT);
            });
            byte[] after = written(c -> {
                switch (style) {
                    case DOTTED -> c.setLineDash(width, width, 0f);
                    case DASHED -> c.setLineDash(5 * width, 3 * width, 0f);
                    default -> c.setLineDash(0f);
                }
            });
            return new Pen(width, color, before, after);
        }

        boolean drawn() {
            return width > 0f;
        }

        /** {@code JRPdfExporter.preparePen} for a butt-capped line, the colour set through {@code content}. */
        void prepare(PdfContentByte content) {
            content.getInternalBuffer().append(before);
            content.setColorStroke(color);
            content.getInternalBuffer().append(after);
        }

        /** The bytes the calls of {@code writer} write on a content of their own. */
        static byte[] written(java.util.function.Consumer<PdfContentByte> writer) {
            PdfContentByte scratch = new PdfContentByte(null);
            writer.accept(scratch);
            return scratch.getInternalBuffer().toByteArray();
        }
    }
}
