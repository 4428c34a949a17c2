package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintFrame;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Borders drawn from pens resolved once per document are the bytes JasperReports' own exporter writes. */
class BorderPdfExporterTest {
    @TempDir
    Path dir;

    @Test
    void aSolidBoxIsTheLinesJasperReportsDraws() throws Exception {
        JasperPrint print = page(frame(10, 20, 100, 30, box -> pen(box.getPen(), 1f, LineStyleEnum.SOLID, Color.BLACK)));

        String content = new String(new PdfReader(pdf(new BorderPdfExporter(DefaultJasperReportsContext.getInstance()), print))
                .getPageContent(1), StandardCharsets.ISO_8859_1);

        String pen = "1 w\n0 J\n0 0 0 RG\n[] 0 d\n";
        int box = content.indexOf(pen);
        assertEquals(pen + "9.5 80 m\n110.5 80 l\nS\n"
                + pen + "10 80.5 m\n10 49.5 l\nS\n"
                + pen + "9.5 50 m\n110.5 50 l\nS\n"
                + pen + "110 80.5 m\n110 49.5 l\nS\n"
                + "[] 0 d\n2 J\n", content.substring(box, content.indexOf("2 J\n", box) + 4));
    }

    @Test
    void everyKindOfPenGivesJasperReportsOwnPdf() throws Exception {
        JasperPrint print = page(
                frame(10, 10, 60, 20, box -> pen(box.getPen(), 0.5f, LineStyleEnum.SOLID, new Color(0x33, 0x66, 0x99))),
                frame(80, 10, 60, 20, box -> {
                    pen(box.getTopPen(), 2f, LineStyleEnum.DASHED, Color.RED);
                    pen(box.getBottomPen(), 0.75f, LineStyleEnum.DOTTED, Color.BLUE);
                    pen(box.getLeftPen(), 0f, LineStyleEnum.SOLID, Color.BLACK);
                    pen(box.getRightPen(), 1.25f, LineStyleEnum.SOLID, Color.GREEN);
                }),
                frame(10, 40, 60, 20, box -> pen(box.getPen(), 3f, LineStyleEnum.DOUBLE, Color.BLACK)),
                frame(80, 40, 60, 20, box -> pen(box.getPen(), 1f, LineStyleEnum.SOLID, new Color(0, 0, 0, 128))),
                frame(10, 70, 60, 20, box -> pen(box.getTopPen(), 1f, LineStyleEnum.SOLID, Color.BLACK)));

        assertArrayEquals(pdf(new JRPdfExporter(DefaultJasperReportsContext.getInstance()), print),
                pdf(new BorderPdfExporter(DefaultJasperReportsContext.getInstance()), print));
    }

    private static void pen(JRPen pen, float width, LineStyleEnum style, Color color) {
        pen.setLineWidth(width);
        pen.setLineStyle(style);
        pen.setLineColor(color);
    }

    private static JRBasePrintFrame frame(int x, int y, int width, int height, java.util.function.Consumer<JRLineBox> pens) {
        JRBasePrintFrame frame = new JRBasePrintFrame(null);
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(width);
        frame.setHeight(height);
        pens.accept(frame.getLineBox());
        return frame;
    }

    private static JasperPrint page(JRBasePrintFrame... frames) {
        JasperPrint print = new JasperPrint();
        print.setName("borders");
        print.setPageWidth(200);
        print.setPageHeight(100);
        JRBasePrintPage page = new JRBasePrintPage();
        for (JRBasePrintFrame f : frames) {
            page.addElement(f);
        }
        print.addPage(page);
        return print;
    }

    private byte[] pdf(JRPdfExporter exporter, JasperPrint print) throws Exception {
        return LaidOutTextTest.pdf(dir, exporter, print);
    }
}
