package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** A chart's quick PNG: an ordinary PNG to any reader, read back to the very pixels drawn. */
class QuickPngTest {

    @Test
    void aTwoPixelImageIsWrittenAsTheseChunks() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80112233);
        image.setRGB(1, 0, 0x00FFFFFF);
        byte[] png = QuickPng.write(image);
        // signature; IHDR 2 x 1, 8-bit RGBA; empty sbRw; IDAT: one row, filter 0, R G B A twice; IEND
        String hex = HexFormat.of().formatHex(png);
        assertEquals("89504e470d0a1a0a" + "0000000d49484452" + "0000000200000001" + "0806000000",
                hex.substring(0, 2 * (8 + 8 + 8 + 5)));
        assertEquals("00000000" + "73625277", hex.substring(2 * 33, 2 * 41));
        assertEquals("49444154", hex.substring(2 * 49, 2 * 53));
        int length = ByteBuffer.wrap(png, 45, 4).getInt();
        Inflater inflater = new Inflater();
        inflater.setInput(png, 53, length);
        byte[] raw = new byte[16];
        assertEquals(9, inflater.inflate(raw));
        assertEquals("00" + "11223380" + "ffffff00", HexFormat.of().formatHex(raw, 0, 9));
        assertEquals("0000000049454e44ae426082", hex.substring(hex.length() - 24));
        assertArrayEquals(new int[] {0x80112233, 0x00FFFFFF}, pixels(QuickPng.read(png)));
    }

    @Test
    void aLargerImageReadsBackAsDrawnHereAndInImageIo() throws Exception {
        BufferedImage image = new BufferedImage(181, 97, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(9704);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = QuickPng.write(image);
        assertArrayEquals(pixels(image), pixels(QuickPng.read(png)));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(BufferedImage.TYPE_4BYTE_ABGR, decoded.getType());
        assertArrayEquals(pixels(image), pixels(decoded));
    }

    @Test
    void otherPngsAreNotReadHere() throws Exception {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        assertNull(QuickPng.read(out.toByteArray()));
        assertNull(QuickPng.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
