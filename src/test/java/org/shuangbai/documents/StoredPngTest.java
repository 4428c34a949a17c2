package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** A chart's stored PNG: an ordinary PNG to any reader, read back to the very pixels drawn. */
class StoredPngTest {

    @Test
    void aTwoPixelImageIsWrittenAsTheseBytes() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80112233);
        image.setRGB(1, 0, 0x00FFFFFF);
        byte[] png = StoredPng.write(image);
        // signature; IHDR 2 x 1, 8-bit RGBA; empty sbRw; IDAT: zlib header, one final stored block of
        // 9 bytes (filter 0, R G B A twice), Adler-32; IEND
        String hex = HexFormat.of().formatHex(png);
        assertEquals("89504e470d0a1a0a" + "0000000d49484452" + "0000000200000001" + "0806000000",
                hex.substring(0, 2 * (8 + 8 + 8 + 5)));
        assertEquals("00000000" + "73625277", hex.substring(2 * 33, 2 * 41));
        assertEquals("00000014" + "49444154" + "7801" + "010900f6ff" + "00" + "11223380" + "ffffff00",
                hex.substring(2 * 45, 2 * (45 + 8 + 2 + 5 + 9)));
        assertArrayEquals(new int[] {0x80112233, 0x00FFFFFF}, pixels(StoredPng.read(png)));
    }

    @Test
    void anImageOfSeveralStoredBlocksReadsBackAsDrawnHereAndInImageIo() throws Exception {
        BufferedImage image = new BufferedImage(181, 97, BufferedImage.TYPE_INT_ARGB); // 70,324 bytes: 2 blocks
        Random random = new Random(9704);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = StoredPng.write(image);
        assertArrayEquals(pixels(image), pixels(StoredPng.read(png)));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(BufferedImage.TYPE_4BYTE_ABGR, decoded.getType());
        assertArrayEquals(pixels(image), pixels(decoded));
    }

    @Test
    void otherPngsAreNotReadHere() throws Exception {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        assertNull(StoredPng.read(out.toByteArray()));
        assertNull(StoredPng.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
