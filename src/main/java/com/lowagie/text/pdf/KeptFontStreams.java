package com.lowagie.text.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The deflated streams of one face's subsets ({@link SharedCffFont#writeFont}), kept for the glyph sets its
 * documents meet again. A subset's program, CIDSet and ToUnicode depend on nothing but the glyphs used and
 * their widths and characters; a letter's heading and label faces use the same glyphs in every letter, and
 * deflating a subset (about 22 MB/s at OpenPDF's default level, in native code the Java profile does not
 * show) was most of what a document's fonts cost. A set is kept from its second meeting on, so that a face
 * whose sets differ from document to document (the body text's) copies nothing; at most {@link #KEPT} sets
 * a face, the least recently met going first.
 */
final class KeptFontStreams {
    private static final int KEPT = 8;
    private static final PdfName PROGRAM = new PdfName("CIDFontType0C");

    /** One glyph set: its metrics in glyph order, flattened, and its streams once it has been met twice. */
    static final class Entry {
        private final int[] key;
        private final int hash;
        private volatile boolean metAgain;
        private volatile Streams streams;

        private Entry(int[] key) {
            this.key = key;
            this.hash = Arrays.hashCode(key);
        }

        /**
         * The streams kept for this set, deflated at {@code level}, or null (the caller writes them itself,
         * then {@link #keep}s them).
         */
        Streams streams(int level) {
            Streams s = streams;
            return s != null && s.level() == level ? s : null;
        }

        /** Whether streams written for this set are to be kept (it has been met before). */
        boolean toKeep() {
            return metAgain && streams == null;
        }

        void keep(int level, PdfStream cidSet, StreamProgram program, PdfStream toUnicode) {
            streams = new Streams(level, Deflated.of(cidSet), program, toUnicode == null ? null : Deflated.of(toUnicode));
        }
    }

    /** A subset's three streams, deflated at {@code level}. */
    record Streams(int level, Deflated cidSet, StreamProgram program, Deflated toUnicode) {
    }

    /** A font program as {@code BaseFont.StreamFont} holds it: its length before deflating and its deflated bytes. */
    record StreamProgram(int length, byte[] deflated) {
        static StreamProgram of(int length, PdfStream font) {
            return new StreamProgram(length, font.streamBytes.toByteArray());
        }

        /** {@code new StreamFont(program, "CIDFontType0C", level)}, its deflating done. */
        PdfStream stream(int level) {
            return new Kept(length, PROGRAM, deflated, level, 0);
        }
    }

    /** A stream made as {@code new PdfStream(bytes)} and then deflated. */
    record Deflated(int length, byte[] deflated) {
        static Deflated of(PdfStream stream) {
            return new Deflated((int) stream.getRawLength(), stream.streamBytes.toByteArray());
        }

        PdfStream stream(int level) {
            return new Kept(length, null, deflated, level, length);
        }
    }

    /**
     * A stream whose dictionary gets the same entries in the same order as {@code flateCompress} leaves them
     * (/Length of the raw bytes, /Subtype, /Length replaced by the deflated length, /Filter), and its deflated
     * bytes; written as OpenPDF writes any deflated stream.
     */
    private static final class Kept extends PdfStream {
        Kept(int length, PdfName subtype, byte[] deflated, int level, long rawLength) {
            this.rawLength = rawLength;
            put(PdfName.LENGTH, new PdfNumber(length));
            if (subtype != null) {
                put(PdfName.SUBTYPE, subtype);
            }
            compressionLevel = level;
            streamBytes = new ByteArrayOutputStream(deflated.length);
            streamBytes.write(deflated, 0, deflated.length);
            put(PdfName.LENGTH, new PdfNumber(streamBytes.size()));
            put(PdfName.FILTER, PdfName.FLATEDECODE);
            compressed = true;
        }
    }

    private final List<Entry> recent = new ArrayList<>(); // most recently met last

    /**
     * The entry of the glyph set whose sorted metrics these are, made now if the set is not among those kept.
     * Its streams are only usable when deflating is on ({@code Document.compress}), which callers check.
     */
    synchronized Entry meet(int[][] sortedMetrics) {
        int size = 0;
        for (int[] m : sortedMetrics) {
            size += m.length + 1;
        }
        int[] key = new int[size];
        int at = 0;
        for (int[] m : sortedMetrics) {
            key[at++] = m.length;
            System.arraycopy(m, 0, key, at, m.length);
            at += m.length;
        }
        int hash = Arrays.hashCode(key);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entry e = recent.get(i);
            if (e.hash == hash && Arrays.equals(e.key, key)) {
                recent.remove(i);
                recent.add(e);
                e.metAgain = true;
                return e;
            }
        }
        Entry e = new Entry(key);
        if (recent.size() == KEPT) {
            recent.remove(0);
        }
        recent.add(e);
        return e;
    }

    /** How many of the sets held have their streams kept. */
    synchronized int keptSets() {
        return (int) recent.stream().filter(e -> e.streams != null).count();
    }
}
