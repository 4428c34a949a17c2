package org.shuangbai.documents;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.charts.util.AbstractChartRenderableFactory;
import net.sf.jasperreports.charts.util.ChartHyperlinkProvider;
import net.sf.jasperreports.charts.util.ChartUtil;
import net.sf.jasperreports.engine.JRPrintImageAreaHyperlink;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * Charts drawn as JasperReports' "image" render type draws them (an ARGB image of the chart's box at
 * the image DPI), handed on as a {@link QuickPng} instead of ImageIO's PNG: the PDF exporter's
 * producer ({@link PngPdfProducerFactory}) takes the pixels back by inflating alone, and the PDF gets the
 * same image. Registered as the render type {@value #TYPE} in {@link FontCatalog#context()}.
 */
public final class QuickPngChartFactory extends AbstractChartRenderableFactory {
    static final String TYPE = "quick-png";

    /** Public with no arguments: JasperReports makes it from its class name (context property). */
    public QuickPngChartFactory() {
    }

    @Override
    public Renderable getRenderable(JasperReportsContext context, JFreeChart chart, ChartHyperlinkProvider links,
            Rectangle2D box) {
        int dpi = JRPropertiesUtil.getInstance(context).getIntegerProperty(Renderable.PROPERTY_IMAGE_DPI, 72);
        double scale = dpi / 72d;
        BufferedImage image = new BufferedImage((int) (scale * (int) box.getWidth()), (int) (scale * box.getHeight()),
                BufferedImage.TYPE_INT_ARGB);
        List<JRPrintImageAreaHyperlink> areas = null;
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            if (links != null && links.hasHyperlinks()) {
                areas = ChartUtil.getImageAreaHyperlinks(chart, links, g, box);
            } else {
                chart.draw(g, box);
            }
        } finally {
            g.dispose();
        }
        return new SimpleDataRenderer(QuickPng.write(image), areas);
    }
}
