package org.shuangbai;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** What the JDK's zlib writes for given bytes, worked out in tests independently of the code under test. */
public final class Deflating {
    private Deflating() {
    }

    /** {@code raw} deflated whole by {@code deflater} (zlib format), which is ended. */
    public static byte[] deflate(byte[] raw, Deflater deflater) {
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** {@code raw} Huffman-coded only, at best speed (zlib format). */
    public static byte[] huffmanOnly(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        return deflate(raw, deflater);
    }
}
