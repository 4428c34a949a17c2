package org.shuangbai.documents;

import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.LaidOutGlyphRenderer;
import net.sf.jasperreports.pdf.PdfGlyphRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * JasperReports' OpenPDF producer with glyph-placed text drawn from layouts kept across texts
 * ({@link LaidOutGlyphRenderer}) when the context keeps them ({@link FontCatalog#context()} does), each
 * AWT font's PDF font looked up once per document and texts of glyphs alone drawn through one graphics
 * per document.
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
        };
    }
}
