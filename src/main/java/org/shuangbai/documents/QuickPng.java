package org.shuangbai.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A chart's pixels as a PNG that is quick to write and to read back: 8-bit RGBA, no row filters,
 * deflated at the fastest level, marked by an empty private chunk ({@value #MARK}) so that {@link #read}
 * knows the layout and only inflates. Any PNG reader reads it as an ordinary image.
 *
 * <p>A letter's chart went from the drawn image through ImageIO's PNG writer (filters tried row by row)
 * only for the PDF exporter to decode it again with ImageIO and take its pixels: about 10 % of a
 * letter's CPU (JFR of the render bench). The PDF compresses the pixels itself and gets the same ones
 * either way. Deflated, not stored: the fill holds a letter's chart until the export, and half a
 * megabyte of raw pixels per letter outlived young collections into the old generation.
 */
final class QuickPng {
    static final String MARK = "sbRw"; // ancillary, private, safe to copy
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private QuickPng() {
    }

    /** The PNG of an image of type {@code TYPE_INT_ARGB} (non-premultiplied, as a chart is drawn). */
    static byte[] write(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB
                || !(image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model)) {
            throw new IllegalArgumentException("not a plain ARGB image: type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = model.getScanlineStride();
        int origin = image.getRaster().getDataBuffer().getOffset()
                - image.getRaster().getSampleModelTranslateY() * stride - image.getRaster().getSampleModelTranslateX();
        byte[] raw = new byte[h * (1 + 4 * w)];
        for (int y = 0, r = 0; y < h; y++) {
            raw[r++] = 0; // filter: none
            for (int x = 0, p = origin + y * stride; x < w; x++, p++) {
                int argb = pixels[p];
                raw[r++] = (byte) (argb >> 16);
                raw[r++] = (byte) (argb >> 8);
                raw[r++] = (byte) argb;
                raw[r++] = (byte) (argb >>> 24);
            }
        }
        byte[] zlib = deflate(raw);
        ByteBuffer out = ByteBuffer.allocate(SIGNATURE.length + (12 + 13) + 12 + (12 + zlib.length) + 12);
        out.put(SIGNATURE);
        int ihdr = out.position();
        out.putInt(13).put(ascii("IHDR")).putInt(w).putInt(h).put((byte) 8).put((byte) 6).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        crc(out, ihdr);
        int mark = out.position();
        out.putInt(0).put(ascii(MARK));
        crc(out, mark);
        int idat = out.position();
        out.putInt(zlib.length).put(ascii("IDAT")).put(zlib);
        crc(out, idat);
        int iend = out.position();
        out.putInt(0).put(ascii("IEND"));
        crc(out, iend);
        return out.array();
    }

    /** The image (of type {@code TYPE_INT_ARGB}) of a PNG {@link #write} made; null for any other data. */
    static BufferedImage read(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < 8 + 25 + 12 + 12 || !in.slice(0, 8).equals(ByteBuffer.wrap(SIGNATURE))) {
            return null;
        }
        in.position(8);
        if (in.getInt() != 13 || !chunk(in, "IHDR")) {
            return null;
        }
        int w = in.getInt();
        int h = in.getInt();
        if (w <= 0 || h <= 0 || in.get() != 8 || in.get() != 6 || in.get() != 0 || in.get() != 0 || in.get() != 0) {
            return null;
        }
        in.getInt(); // CRC
        if (in.getInt() != 0 || !chunk(in, MARK)) {
            return null;
        }
        in.getInt();
        int zlibLength = in.getInt();
        if (!chunk(in, "IDAT") || zlibLength < 0 || in.remaining() < zlibLength) {
            return null;
        }
        long rowBytes = 1 + 4L * w;
        if (rowBytes * h > Integer.MAX_VALUE - 8) {
            return null;
        }
        byte[] raw = new byte[(int) (rowBytes * h)];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(png, in.position(), zlibLength);
            int at = 0;
            while (at < raw.length && !inflater.finished()) {
                int n = inflater.inflate(raw, at, raw.length - at);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                at += n;
            }
            if (at != raw.length || !inflater.finished()) {
                return null;
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0, r = 0, i = 0; y < h; y++) {
            if (raw[r++] != 0) {
                return null; // a filtered row: not written here
            }
            for (int x = 0; x < w; x++, r += 4) {
                argb[i++] = (raw[r + 3] & 0xff) << 24 | (raw[r] & 0xff) << 16 | (raw[r + 1] & 0xff) << 8 | raw[r + 2] & 0xff;
            }
        }
        return image;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static boolean chunk(ByteBuffer in, String type) {
        byte[] t = new byte[4];
        in.get(t);
        return type.equals(new String(t, StandardCharsets.US_ASCII));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Appends the CRC of the chunk that starts (with its length) at {@code start}. */
    private static void crc(ByteBuffer out, int start) {
        CRC32 crc = new CRC32();
        crc.update(out.array(), start + 4, out.position() - start - 4);
        out.putInt((int) crc.getValue());
    }
}
