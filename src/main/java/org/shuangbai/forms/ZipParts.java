package org.shuangbai.forms;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The zip container of a generated workbook, read and written byte for byte as
 * {@code java.util.zip.ZipOutputStream} writes it (which {@code ReproducibleZip} uses for every
 * generated workbook): deflated entries, UTF-8 names, local headers with the data-descriptor flag and
 * zero sizes, a signed data descriptor after each entry's data, one fixed DOS time, no extra fields,
 * no comments. That lets a template's unchanged parts be copied with their compressed bytes as they
 * are, and a patched workbook come out identical to what the full build writes. Commons Compress's
 * raw-entry copy writes sizes into the local headers instead, which would change every file's bytes.
 */
final class ZipParts {
    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    /** "Version needed" and "made by": 2.0, as java.util.zip writes for deflated entries. */
    private static final int VERSION = 20;
    /** Data descriptor follows (bit 3) and the name is UTF-8 (bit 11). */
    private static final int FLAGS = 0x0808;
    private static final int DEFLATED = 8;

    /** One entry: its name, the CRC-32 and length of its content, and its deflated bytes. */
    record Part(String name, int crc, int size, byte[] deflated) {
        /** The part's content, inflated. */
        byte[] content() throws DataFormatException {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(deflated);
                byte[] out = new byte[size];
                int n = 0;
                while (n < size && !inflater.finished()) {
                    int k = inflater.inflate(out, n, size - n);
                    if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new DataFormatException("truncated entry " + name);
                    }
                    n += k;
                }
                if (n != size) {
                    throw new DataFormatException("entry " + name + " is not " + size + " bytes");
                }
                return out;
            } finally {
                inflater.end();
            }
        }

        /** A part with new content, deflated as ZipOutputStream deflates (default level, raw deflate). */
        static Part of(String name, byte[] content, Deflater deflater) {
            CRC32 crc = new CRC32();
            crc.update(content);
            deflater.reset();
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Part(name, (int) crc.getValue(), content.length, out.toByteArray());
        }
    }

    /** The parts of a zip as java.util.zip writes it, and its DOS time; null for any other kind of zip. */
    record Container(List<Part> parts, int dosTime) {
    }

    private ZipParts() {
    }

    /** A deflater as ZipOutputStream makes one (reuse it: a new one costs more than deflating a part). */
    static Deflater deflater() {
        return new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    }

    /** Reads a container written as {@link #write} writes; null when the zip is laid out any other way. */
    static Container read(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        if (end < 0 || b.getInt(end) != END || b.getShort(end + 20) != 0) {
            return null;
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int central = b.getInt(end + 16);
        List<Part> parts = new ArrayList<>(count);
        int dosTime = 0;
        int p = central;
        for (int i = 0; i < count; i++) {
            if (p + 46 > end || b.getInt(p) != CENTRAL || b.getShort(p + 4) != VERSION || b.getShort(p + 6) != VERSION
                    || b.getShort(p + 8) != FLAGS || b.getShort(p + 10) != DEFLATED) {
                return null;
            }
            int time = b.getInt(p + 12);
            int crc = b.getInt(p + 16);
            int compressed = b.getInt(p + 20);
            int size = b.getInt(p + 24);
            int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
            if (b.getShort(p + 30) != 0 || b.getShort(p + 32) != 0 || b.getInt(p + 34) != 0 || b.getInt(p + 38) != 0
                    || (i > 0 && time != dosTime) || compressed < 0 || size < 0) {
                return null;
            }
            dosTime = time;
            int local = b.getInt(p + 42);
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            int data = local + 30 + nameLength;
            if (local < 0 || data + compressed + 16 > central || b.getInt(local) != LOCAL) {
                return null;
            }
            byte[] deflated = new byte[compressed];
            System.arraycopy(zip, data, deflated, 0, compressed);
            parts.add(new Part(name, crc, size, deflated));
            p += 46 + nameLength;
        }
        // the container must be exactly what write() makes of these parts, or it is not this kind
        return java.util.Arrays.equals(write(parts, dosTime), zip) ? new Container(List.copyOf(parts), dosTime) : null;
    }

    /** Writes the parts, in this order, as ZipOutputStream would with every entry's time set to {@code dosTime}. */
    static byte[] write(List<Part> parts, int dosTime) {
        int size = 22;
        for (Part part : parts) {
            int name = part.name().getBytes(StandardCharsets.UTF_8).length;
            size += 30 + name + part.deflated().length + 16 + 46 + name;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        int[] offsets = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            offsets[i] = b.position();
            b.putInt(LOCAL).putShort((short) VERSION).putShort((short) FLAGS).putShort((short) DEFLATED).putInt(dosTime)
                    .putInt(0).putInt(0).putInt(0).putShort((short) name.length).putShort((short) 0).put(name);
            b.put(part.deflated());
            b.putInt(DESCRIPTOR).putInt(part.crc()).putInt(part.deflated().length).putInt(part.size());
        }
        int central = b.position();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            b.putInt(CENTRAL).putShort((short) VERSION).putShort((short) VERSION).putShort((short) FLAGS)
                    .putShort((short) DEFLATED).putInt(dosTime).putInt(part.crc()).putInt(part.deflated().length)
                    .putInt(part.size()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offsets[i]).put(name);
        }
        int centralSize = b.position() - central;
        b.putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) parts.size())
                .putShort((short) parts.size()).putInt(centralSize).putInt(central).putShort((short) 0);
        return b.array();
    }
}
