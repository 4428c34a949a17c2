package com.lowagie.text.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;

/**
 * An OpenType/CFF font (the Noto CJK collections, the Fandol faces) whose CFF table is read and
 * parsed once per run instead of once per document.
 *
 * <p>OpenPDF's {@code TrueTypeFontUnicode} reads the whole table (15–23 MB) into a fresh array for
 * every PDF it embeds a subset in: with five CJK faces per letter that was about 80 MB of
 * short-lived giant arrays per letter, and G1 ran its concurrent marking almost without pause to
 * keep up (129 s of marking in a 156 s render of 1,000 letters). The table is now copied once. And
 * its {@code CFFFontSubset} then parsed all of the face's indexes again for each document (13 % of
 * the demo's CPU); a CID-keyed face is now subset by {@link CidCffSubsetter}, which parses it once
 * (and, unlike OpenPDF, keeps every subroutine a glyph draws with).
 *
 * <p>It lives in OpenPDF's package because the constructor and the methods it overrides are
 * package-private or protected there; {@code FontCatalog} registers it in OpenPDF's own font cache
 * under the key {@code BaseFont.createFont} looks up, so JasperReports' exporter finds it as if it
 * had loaded the font itself. The cached array is only ever read (subsetting and compression copy).
 */
public final class SharedCffFont extends TrueTypeFontUnicode {
    private static final byte[] ROTBITS = {(byte) 0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02, 0x01};
    private static final MethodHandle TO_UNICODE;
    private static final MethodHandle CID_FONT;
    private static final MethodHandle TYPE0_FONT;

    static {
        try {
            MethodHandles.Lookup ttu = MethodHandles.privateLookupIn(TrueTypeFontUnicode.class, MethodHandles.lookup());
            TO_UNICODE = ttu.findVirtual(TrueTypeFontUnicode.class, "getToUnicode",
                    MethodType.methodType(PdfStream.class, int[][].class));
            CID_FONT = ttu.findVirtual(TrueTypeFontUnicode.class, "getCIDFontType2",
                    MethodType.methodType(PdfDictionary.class, PdfIndirectReference.class, String.class, int[][].class));
            TYPE0_FONT = ttu.findVirtual(TrueTypeFontUnicode.class, "getFontBaseType",
                    MethodType.methodType(PdfDictionary.class, PdfIndirectReference.class, String.class,
                            PdfIndirectReference.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private byte[] cffTable;
    private boolean subsetterTried;
    private CidCffSubsetter subsetter;
    /** The streams of subsets its documents meet again (see KeptFontStreams). */
    final KeptFontStreams keptStreams = new KeptFontStreams();

    private SharedCffFont(String name, byte[] file) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, file, false);
    }

    /**
     * Loads {@code name} (a path, with ",index" for a face of a collection) from the file's bytes and
     * makes it the font {@code BaseFont.createFont(name, IDENTITY_H, EMBEDDED, true, …)} returns.
     */
    public static BaseFont register(String name, byte[] file) throws DocumentException, IOException {
        return cache(name, new SharedCffFont(name, file));
    }

    /**
     * {@link #register(String, byte[])} for the face in {@code file}. A CFF face is read through OpenPDF's
     * mapping of the file, not from a copy of it on the heap: after its tables are parsed, only its CFF
     * table is ever read again, and that is copied once ({@link #readCffFont}); the whole file (26 MB for a
     * Noto collection) would have lived for the run beside that copy, a long-lived array the young
     * collections promote. A TrueType face is read whole, as before, since every document reads its
     * glyph table again.
     */
    public static BaseFont register(String name, java.nio.file.Path file) throws DocumentException, IOException {
        SharedCffFont font = new SharedCffFont(name, null);
        return cache(name, font.cff ? font : new SharedCffFont(name, java.nio.file.Files.readAllBytes(file)));
    }

    private static BaseFont cache(String name, SharedCffFont font) {
        fontCache.put(name + "\n" + IDENTITY_H + "\n" + true, font);
        return font;
    }

    /**
     * OpenPDF's cmaps, then the same maps in arrays ({@link CompactCmaps}): the hash maps die young; the
     * inverse gives a glyph its unified ideograph rather than a lookalike (see CompactCmaps.inverse).
     */
    @Override
    void readCMaps() throws DocumentException, IOException {
        super.readCMaps();
        // The map OpenPDF built the inverse from (TrueTypeFontUnicode.readCMaps), read before it is compacted.
        inverseCmap = CompactCmaps.inverse(inverseCmap, cmapExt != null ? cmapExt : cmap31);
        cmap10 = CompactCmaps.cmap(cmap10);
        cmap31 = CompactCmaps.cmap(cmap31);
        cmapExt = CompactCmaps.cmap(cmapExt);
    }

    @Override
    protected synchronized byte[] readCffFont() throws IOException {
        if (cffTable == null) {
            cffTable = super.readCffFont();
        }
        return cffTable;
    }

    /** The face's subsetter, made by the first document that embeds it; null for faces it does not cover. */
    synchronized CidCffSubsetter subsetter() throws IOException {
        if (!subsetterTried) {
            subsetterTried = true;
            subsetter = cff ? CidCffSubsetter.of(tableToSubset()) : null;
        }
        return subsetter;
    }

    /**
     * The CFF table for the subsetter: for a face on disk a read-only mapping of the table's bytes in the
     * file (OpenPDF would copy it to the heap through a buffer of its size: 23 MB for a Noto face), else
     * the bytes OpenPDF reads. The mapping outlives the channel, and a font package upgraded under a running
     * console replaces the file by a rename, so the mapped file stays as it was until the JVM ends.
     */
    private ByteBuffer tableToSubset() throws IOException {
        if (rf.filename == null) {
            return ByteBuffer.wrap(readCffFont()).asReadOnlyBuffer();
        }
        try (FileChannel file = FileChannel.open(java.nio.file.Path.of(rf.filename))) {
            return file.map(FileChannel.MapMode.READ_ONLY, cffOffset, cffLength);
        }
    }

    /**
     * {@code TrueTypeFontUnicode.writeFont} for a subset CFF font, objects in the same order, with
     * the font program from {@link CidCffSubsetter}; anything else goes to OpenPDF's own. The program is
     * deflated at the face's level, or only entropy-coded where the writer asks for best speed (see
     * {@link #program}).
     */
    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        addRangeUni(longTag, true, subset); // adds nothing to a subset font; kept for OpenPDF's order
        CidCffSubsetter cffSubsetter = subset ? subsetter() : null;
        if (cffSubsetter == null) {
            super.writeFont(writer, ref, params);
            return;
        }
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        // an empty set's CIDSet is not deflated; and without deflating there is nothing worth keeping
        KeptFontStreams.Entry kept = metrics.length > 0 && Document.compress ? keptStreams.meet(metrics) : null;
        int programLevel = writer.getCompressionLevel() == PdfStream.BEST_SPEED ? PdfStream.BEST_SPEED : compressionLevel;
        KeptFontStreams.Streams streams = kept == null ? null : kept.streams(programLevel);
        PdfStream cidSet;
        PdfStream fontFile;
        PdfStream toUnicode;
        if (streams != null) {
            cidSet = streams.cidSet().stream(compressionLevel);
            fontFile = streams.program().stream(compressionLevel);
            toUnicode = streams.toUnicode() == null ? null : streams.toUnicode().stream(compressionLevel);
        } else {
            byte[] program = cffSubsetter.subset(longTag.keySet());
            if (program == null) {
                super.writeFont(writer, ref, params);
                return;
            }
            cidSet = cidSet(metrics);
            fontFile = program(program, programLevel);
            toUnicode = toUnicode(metrics);
            if (kept != null && kept.toKeep()) {
                kept.keep(programLevel, cidSet, KeptFontStreams.StreamProgram.of(program.length, fontFile), toUnicode);
            }
        }
        PdfIndirectReference cidSetRef = writer.addToBody(cidSet).getIndirectReference();
        PdfIndirectReference fontFileRef = writer.addToBody(fontFile).getIndirectReference();
        String subsetPrefix = createSubsetPrefix();
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFileRef, subsetPrefix, cidSetRef))
                .getIndirectReference();
        try {
            PdfIndirectReference cidFont = writer.addToBody((PdfDictionary) CID_FONT.invoke(this, descriptor, subsetPrefix, metrics))
                    .getIndirectReference();
            PdfIndirectReference toUnicodeRef = toUnicode == null ? null : writer.addToBody(toUnicode).getIndirectReference();
            writer.addToBody((PdfDictionary) TYPE0_FONT.invoke(this, cidFont, subsetPrefix, toUnicodeRef), ref);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The subset's font program as {@code new StreamFont(program, "CIDFontType0C", level)} makes it, but at
     * {@link PdfStream#BEST_SPEED} Huffman-coded only ({@link Deflater#HUFFMAN_ONLY}): the Type 2 charstrings
     * of a CJK face repeat few byte strings, so deflate's search for them found 9 % of the size of the demo's
     * letters' programs while taking 60 % of the time deflating them took (JDK's zlib, 20 letters: 187 ms at
     * the default level, 69 ms Huffman-only, 5.13 against 5.63 MB); deflating the fonts of each letter was
     * the largest single cost of rendering it.
     */
    private static PdfStream program(byte[] program, int level) throws IOException {
        if (level != PdfStream.BEST_SPEED || !Document.compress) {
            return new StreamFont(program, "CIDFontType0C", level);
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(program.length);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
            out.write(program);
        } finally {
            deflater.end();
        }
        return new KeptFontStreams.StreamProgram(program.length, deflated.toByteArray()).stream(level);
    }

    /** The CIDSet stream of {@code TrueTypeFontUnicode.writeFont}: a bit per glyph used, deflated. */
    private PdfStream cidSet(int[][] sortedMetrics) {
        if (sortedMetrics.length == 0) {
            return new PdfStream(new byte[] {(byte) 0x80});
        }
        byte[] bits = new byte[sortedMetrics[sortedMetrics.length - 1][0] / 8 + 1];
        for (int[] metric : sortedMetrics) {
            bits[metric[0] / 8] |= ROTBITS[metric[0] % 8];
        }
        PdfStream cidSet = new PdfStream(bits);
        cidSet.flateCompress(compressionLevel);
        return cidSet;
    }

    /** OpenPDF's ToUnicode CMap of these glyphs, deflated; null for none. */
    private PdfStream toUnicode(int[][] sortedMetrics) {
        try {
            return (PdfStream) TO_UNICODE.invoke(this, sortedMetrics);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
