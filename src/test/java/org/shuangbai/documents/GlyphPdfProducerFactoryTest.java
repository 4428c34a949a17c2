package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.Image;

import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;

import org.junit.jupiter.api.Test;

class GlyphPdfProducerFactoryTest {

    @Test
    void jasperReportsPixelIsTheImageOpenPdfMakesOfIt() throws Exception {
        byte[] png = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
        Image own = Image.getInstance(png);
        Image kept = GlyphPdfProducerFactory.pixel(png);
        assertEquals(own.getClass(), kept.getClass());
        assertEquals(own.getPlainWidth(), kept.getPlainWidth());
        assertEquals(own.getPlainHeight(), kept.getPlainHeight());
        assertEquals(own.getColorspace(), kept.getColorspace());
        assertEquals(own.getBpc(), kept.getBpc());
        assertArrayEquals(own.getRawData(), kept.getRawData());
        assertArrayEquals(own.getTransparency(), kept.getTransparency());
        assertEquals(1f, kept.getPlainWidth());
    }

    @Test
    void eachDocumentGetsItsOwnCopyToScale() throws Exception {
        byte[] png = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
        Image first = GlyphPdfProducerFactory.pixel(png);
        Image second = GlyphPdfProducerFactory.pixel(png);
        assertNotSame(first, second);
        first.scaleAbsolute(442, 300);
        assertEquals(442f, first.getScaledWidth());
        assertEquals(1f, second.getScaledWidth());
    }

    @Test
    void anyOtherImageIsLeftToOpenPdf() {
        assertNull(GlyphPdfProducerFactory.pixel(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        assertNull(GlyphPdfProducerFactory.pixel(null));
    }
}
