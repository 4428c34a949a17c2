package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import javax.imageio.ImageIO;

import com.lowagie.text.Image;

import org.junit.jupiter.api.Test;

/** The chart's PNG must become the same PDF image as OpenPDF makes of it, pixels and soft mask. */
class PngPdfProducerFactoryTest {

    @Test
    void rgbaPngGivesOpenPdfsPixelsAndSoftMask() throws Exception {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(9704);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int alpha = (x + y * image.getWidth()) % 256; // every alpha, 0 and 255 included
                image.setRGB(x, y, alpha << 24 | random.nextInt(1 << 24));
            }
        }
        sameAsOpenPdf(png(image));
        Image quick = PngPdfProducerFactory.image(QuickPng.write(image));
        Image imageIo = PngPdfProducerFactory.image(png(image));
        assertArrayEquals(imageIo.getRawData(), quick.getRawData(), "a quick PNG: the same pixels");
        assertArrayEquals(imageIo.getImageMask().getRawData(), quick.getImageMask().getRawData(), "and soft mask");
    }

    @Test
    void opaqueAndFullyTransparentPixelsGiveOpenPdfsColourKeyOrNoMask() throws Exception {
        BufferedImage keyed = new BufferedImage(8, 5, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 8; x++) {
                keyed.setRGB(x, y, x < 3 ? 0x00FFFFFF : 0xFF203040 + x);
            }
        }
        Image keyedImage = sameAsOpenPdf(png(keyed));
        assertArrayEquals(new int[] {255, 255, 255, 255, 255, 255}, keyedImage.getTransparency(), "white as colour key");
        BufferedImage opaque = new BufferedImage(8, 5, BufferedImage.TYPE_INT_RGB);
        opaque.setRGB(2, 3, 0x123456);
        assertNull(sameAsOpenPdf(png(opaque)).getImageMask());
    }

    @Test
    void otherImagesAreLeftToOpenPdf() throws Exception {
        assertNull(PngPdfProducerFactory.image(png(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY))));
        assertNull(PngPdfProducerFactory.image(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0}));
    }

    private static Image sameAsOpenPdf(byte[] png) throws Exception {
        Image expected = Image.getInstance(png);
        Image actual = PngPdfProducerFactory.image(png);
        assertNotNull(actual);
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        assertEquals(expected.getColorspace(), actual.getColorspace());
        assertEquals(expected.getBpc(), actual.getBpc());
        assertArrayEquals(expected.getRawData(), actual.getRawData());
        assertArrayEquals(expected.getTransparency(), actual.getTransparency());
        assertEquals(expected.getImageMask() == null, actual.getImageMask() == null);
        if (expected.getImageMask() != null) {
            assertArrayEquals(expected.getImageMask().getRawData(), actual.getImageMask().getRawData());
        }
        return actual;
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
