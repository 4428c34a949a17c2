package com.lowagie.text.pdf;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Subsets the CFF table of one CID-keyed face (Noto CJK, Fandol) for a glyph set: the face parsed
 * once per run instead of once per document, every subroutine a glyph draws with kept, and only the
 * glyphs asked for written.
 *
 * <p>What OpenPDF's {@link CFFFontSubset} does for every document, whatever few glyphs it uses: read
 * the offsets of all 65,535 charstrings twice and the FDSelect byte by byte through
 * {@code RandomAccessFileOrArray}, re-read the global and local subroutine indexes, interpret the
 * used charstrings comparing operator names as strings, then copy everything out byte by byte. That
 * was 13 % of the demo's CPU (JFR). Here the glyph-set-independent parts (index offsets, FDSelect,
 * the top, font and private dicts with the offsets to patch, the subroutine biases) are taken once
 * from OpenPDF's own parser, and which subroutines a glyph calls is worked out once per glyph and
 * kept; a document only assembles its indexes with array copies.
 *
 * <p>What it writes differs from OpenPDF's where OpenPDF's was wrong or wasteful. Which subroutines a
 * glyph needs is found by {@link Interpreter}, not by OpenPDF's scanner, which dropped some (see
 * there). OpenPDF kept all 65,535 charstring slots (one byte each when unused), the whole FDSelect
 * and the face's charset, under which a glyph id the PDF uses as CID could find another glyph (in
 * the Fandol faces ¥ – € vanished); see {@link #assemble}. {@code CidCffSubsetterTest} draws every
 * glyph of subsets of every face of the catalogue with PDFBox's FontBox and compares it with the same
 * glyph of the whole face. Faces this class does not cover return {@code null} from {@link #of}, and
 * a glyph set it cannot handle makes {@link #subset} return {@code null}; the caller then uses
 * OpenPDF's.
 */
final class CidCffSubsetter {
    private static final byte RETURN = 11;
    /** A DICT operand written as a 32-bit integer, as OpenPDF writes every offset it patches. */
    private static final int INT32_SIZE = 5;

    /**
     * The face's CFF table: read-only, and for a face on disk a mapping of the file's bytes. The tables of
     * the demo's five faces are 67 MB: copied to the heap they were read through a bounce buffer the size
     * of each table, then promoted, for the few kilobytes of charstrings and subroutines a run draws with.
     */
    private final ByteBuffer cff;
    /** Header, name index and top DICT index header: fixed, then the top DICT's length. */
    private final byte[] head;
    /** Top DICT entries kept as they are (all but the offsets to rewrite). */
    private final byte[] topKept;
    private final int stringsFrom;
    private final int stringsLength;
    private final int[] gsubrOffsets;
    private final int gBias;
    private final int[] charstrings;
    private final int[] fdSelect;
    private final FontDict[] fds;

    /**
     * The subroutines a glyph draws with, directly or through others: local (its font dict's) and global,
     * as their numbers. A glyph calls a handful among thousands: or-ing a bit set per glyph into the
     * document's went through every word up to its highest call (1.7 % of the render's document jobs).
     */
    private record Calls(int[] local, int[] global) {
    }

    private final AtomicReferenceArray<Calls> glyphCalls;

    /**
     * One font dict of the FDArray with its private dict, rewritten as OpenPDF rewrites them: the
     * private dict's offset and the local subroutines' offset become 32-bit operands.
     */
    private static final class FontDict {
        /** The font dict with its Private entry rewritten; the private dict's offset at {@code privateAt}. */
        byte[] dict;
        int privateAt;
        /** The private dict with its Subrs entry rewritten (offset at {@code subrsAt}), or -1 without Subrs. */
        byte[] priv;
        int subrsAt = -1;
        /** Local subroutines: index offsets and bias, or null. */
        int[] subrOffsets;
        int lBias;
    }

    private CidCffSubsetter(ByteBuffer cff, Parser p) {
        this.cff = cff;
        CFFFont.Font f = p.fonts[0];
        int hdrSize = cff.get(2) & 0xff;
        java.io.ByteArrayOutputStream top = new java.io.ByteArrayOutputStream();
        p.seek(p.topdictOffsets[0]);
        while (p.getPosition() < p.topdictOffsets[1]) {
            int from = p.getPosition();
            p.getDictItem();
            if (!Parser.REWRITTEN_TOP_KEYS.contains(p.key)) {
                top.writeBytes(bytes(cff, from, p.getPosition() - from));
            }
        }
        topKept = top.toByteArray();
        int topLength = topKept.length + 4 * INT32_SIZE + 6; // fdarray 12 36, fdselect 12 37, charset 15, charstrings 17
        Writer h = new Writer(new byte[hdrSize + 5 + f.name.length() + 7]);
        h.copy(cff, 0, hdrSize);
        h.u16(1).u8(1).u8(1).u8(1 + f.name.length());
        for (int i = 0; i < f.name.length(); i++) {
            h.u8(f.name.charAt(i));
        }
        h.u16(1).u8(2).u16(1).u16(topLength + 1);
        head = h.bytes;
        CFFFont.RangeItem strings = p.getEntireIndexRange(p.stringIndexOffset);
        stringsFrom = strings.offset;
        stringsLength = strings.length;
        gsubrOffsets = p.gsubrOffsets;
        gBias = p.CalcBias(p.gsubrIndexOffset, 0);
        charstrings = f.charstringsOffsets;
        fdSelect = f.FDSelect;
        fds = new FontDict[f.FDArrayOffsets.length - 1];
        for (int k = 0; k < fds.length; k++) {
            fds[k] = p.fontDict(k);
        }
        glyphCalls = new AtomicReferenceArray<>(charstrings.length - 1);
    }

    /** The face's subsetter, or null if its CFF table is not one this class reproduces OpenPDF for. */
    static CidCffSubsetter of(byte[] cff) {
        return of(ByteBuffer.wrap(cff).asReadOnlyBuffer());
    }

    /** {@link #of(byte[])} for a table in a buffer (a mapping of the face's file), read with absolute gets only. */
    static CidCffSubsetter of(ByteBuffer cff) {
        try {
            Parser p = new Parser(cff);
            return p.covered() ? new CidCffSubsetter(cff, p) : null;
        } catch (RuntimeException e) {
            return null; // OpenPDF's own subsetter then meets the font as before
        }
    }

    private static byte[] bytes(ByteBuffer from, int offset, int length) {
        byte[] b = new byte[length];
        from.get(offset, b, 0, length);
        return b;
    }

    /** The subset holding {@code glyphs}, as {@code CFFFontSubset.Process} makes it; null if not covered. */
    byte[] subset(Set<Integer> glyphs) {
        try {
            return build(glyphs);
        } catch (RuntimeException e) {
            return null; // a table this class cannot rebuild (an index over 65,535 entries): OpenPDF decides
        }
    }

    private byte[] build(Set<Integer> glyphs) {
        BitSet used = new BitSet(charstrings.length);
        boolean[] fdUsed = new boolean[fds.length];
        used.set(0); // .notdef: glyph 0 of every CFF font
        fdUsed[fdSelect[0]] = true;
        for (int g : glyphs) {
            if (g < 0 || g >= fdSelect.length) {
                return null;
            }
            used.set(g);
            fdUsed[fdSelect[g]] = true;
        }
        BitSet gUsed = new BitSet();
        BitSet[] lUsed = new BitSet[fds.length];
        Interpreter interpreter = null;
        for (int g = used.nextSetBit(0); g >= 0; g = used.nextSetBit(g + 1)) {
            Calls c = glyphCalls.get(g);
            if (c == null) {
                if (interpreter == null) {
                    interpreter = new Interpreter();
                }
                c = interpreter.calls(g);
                glyphCalls.set(g, c);
            }
            int fd = fdSelect[g];
            if (lUsed[fd] == null) {
                lUsed[fd] = new BitSet();
            }
            for (int s : c.local) {
                lUsed[fd].set(s);
            }
            for (int s : c.global) {
                gUsed.set(s);
            }
        }
        byte[][] localIndexes = new byte[fds.length][];
        for (int fd = 0; fd < fds.length; fd++) {
            if (fdUsed[fd] && fds[fd].subrOffsets != null) {
                localIndexes[fd] = subroutineIndex(fds[fd].subrOffsets, lUsed[fd]);
            }
        }
        byte[] gsubrIndex = subroutineIndex(gsubrOffsets, gUsed);
        return assemble(used, fdUsed, gsubrIndex, localIndexes);
    }

    /**
     * The file: OpenPDF's order of parts (top DICT, strings, global subroutines, FDSelect, charset,
     * FDArray, private dicts, local subroutines, charstrings), holding only the glyphs in {@code used}.
     * The charset gives each kept glyph its former glyph id as CID, which is the code the PDF's
     * content and widths already use, so nothing outside the font program changes; FDSelect and the
     * FDArray name only the font dicts the glyphs use. Subroutine indexes keep their length: their
     * numbers are written in the charstrings.
     */
    private byte[] assemble(BitSet used, boolean[] fdUsed, byte[] gsubrIndex, byte[][] localIndexes) {
        int[] gids = used.stream().toArray();
        int[] newFd = new int[fds.length];
        int fdCount = 0;
        int fdBytes = 0;
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                newFd[k] = fdCount++;
                fdBytes += fds[k].dict.length;
            }
        }
        int fdOffSize = offSize(fdBytes + 1);
        int fdSelectAt = head.length + topKept.length + 4 * INT32_SIZE + 6 + stringsLength + gsubrIndex.length;
        int charsetAt = fdSelectAt + 1 + gids.length; // FDSelect format 0: one byte per glyph
        int fdArrayAt = charsetAt + 1 + 2 * (gids.length - 1); // charset format 0: a CID per glyph after .notdef
        int at = fdArrayAt + 3 + fdOffSize * (fdCount + 1) + fdBytes;
        int[] privateAt = new int[fds.length];
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                privateAt[k] = at;
                at += fds[k].priv.length;
            }
        }
        int[] subrsAt = new int[fds.length];
        for (int k = 0; k < fds.length; k++) {
            if (localIndexes[k] != null) {
                subrsAt[k] = at;
                at += localIndexes[k].length;
            }
        }
        int charstringsAt = at;
        int charstringBytes = 0;
        for (int g : gids) {
            charstringBytes += charstrings[g + 1] - charstrings[g];
        }
        int csOffSize = offSize(charstringBytes + 1);
        Writer w = new Writer(new byte[charstringsAt + 3 + csOffSize * (gids.length + 1) + charstringBytes]);
        w.copy(head, 0, head.length);
        w.copy(topKept, 0, topKept.length);
        w.int32(fdArrayAt).u8(12).u8(36).int32(fdSelectAt).u8(12).u8(37).int32(charsetAt).u8(15).int32(charstringsAt).u8(17);
        w.copy(cff, stringsFrom, stringsLength);
        w.copy(gsubrIndex, 0, gsubrIndex.length);
        w.u8(0);
        for (int g : gids) {
            w.u8(newFd[fdSelect[g]]);
        }
        w.u8(0);
        for (int i = 1; i < gids.length; i++) {
            w.u16(gids[i]);
        }
        w.u16(fdCount).u8(fdOffSize).offset(1, fdOffSize);
        int end = 1;
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                end += fds[k].dict.length;
                w.offset(end, fdOffSize);
            }
        }
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                int from = w.at;
                w.copy(fds[k].dict, 0, fds[k].dict.length);
                w.patchInt32(from + fds[k].privateAt, privateAt[k]);
            }
        }
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                int from = w.at;
                w.copy(fds[k].priv, 0, fds[k].priv.length);
                if (fds[k].subrsAt >= 0) {
                    w.patchInt32(from + fds[k].subrsAt, subrsAt[k] - privateAt[k]);
                }
            }
        }
        for (byte[] index : localIndexes) {
            if (index != null) {
                w.copy(index, 0, index.length);
            }
        }
        w.u16(gids.length).u8(csOffSize).offset(1, csOffSize);
        end = 1;
        for (int g : gids) {
            end += charstrings[g + 1] - charstrings[g];
            w.offset(end, csOffSize);
        }
        for (int g : gids) {
            w.copy(cff, charstrings[g], charstrings[g + 1] - charstrings[g]);
        }
        return w.bytes;
    }

    /** The bytes an INDEX's offsets need to hold {@code last}, its sentinel offset. */
    private static int offSize(int last) {
        return last <= 0xff ? 1 : last <= 0xffff ? 2 : last <= 0xffffff ? 3 : 4;
    }

    /**
     * {@code CFFFontSubset.BuildNewIndex} and {@code AssembleIndex} in two passes over the offsets:
     * for a subroutine index, which keeps its length (the charstrings call subroutines by number):
     * used entries copied, every other one (and a used one of length 0) a single {@code return}.
     * OpenPDF sizes its data area with one spare byte per unused slot, the sentinel's included, and
     * writes it out whole: normally one zero byte after the last entry, kept here.
     *
     * <p>A face's global index has tens of thousands of entries and a document uses a few hundred, so
     * both passes go from used entry to used entry ({@code nextSetBit}) and treat each run of unused
     * ones in between as a whole: their lengths are known (one byte each), their offsets count up by
     * one and their bytes are all {@code return}.
     */
    private byte[] subroutineIndex(int[] offsets, BitSet used) {
        int n = offsets.length;
        int usedLength = 0;
        int usedSlots = 0;
        int size = 0;
        int usedBelowLast = 0; // used entries before the sentinel
        for (int i = used.nextSetBit(0); i >= 0 && i < n; i = used.nextSetBit(i + 1)) {
            usedSlots++;
            if (i < n - 1) {
                usedBelowLast++;
                int length = offsets[i + 1] - offsets[i];
                usedLength += length;
                size += length != 0 ? length : 1;
            }
        }
        int unusedSlots = n - usedSlots;
        size += Math.max(0, n - 1) - usedBelowLast; // an unused entry is one byte
        if (size > usedLength + unusedSlots || n - 1 > 0xFFFF) {
            // more than 65,535 entries, or lengths that do not add up: not a table to rebuild here
            throw new IllegalStateException("index OpenPDF cannot rebuild");
        }
        int offSize = offSize(size + 1); // OpenPDF sized it by size, and the last offset wrapped at 0xff, 0xffff
        int data = 3 + offSize * n;
        byte[] out = new byte[data + usedLength + unusedSlots];
        out[0] = (byte) ((n - 1) >>> 8);
        out[1] = (byte) (n - 1);
        out[2] = (byte) offSize;
        int offset = 0; // the data written so far
        int i = 0;
        while (i < n) {
            int next = used.nextSetBit(i);
            int runEnd = next < 0 || next >= n - 1 ? n - 1 : next; // unused entries [i, runEnd)
            if (runEnd > i) {
                offsets(out, 3 + offSize * i, offset + 1, runEnd - i, offSize);
                java.util.Arrays.fill(out, data + offset, data + offset + runEnd - i, RETURN);
                offset += runEnd - i;
                i = runEnd;
            }
            if (i == n - 1) {
                offsets(out, 3 + offSize * i, offset + 1, 1, offSize); // the sentinel
                break;
            }
            int length = offsets[i + 1] - offsets[i];
            offsets(out, 3 + offSize * i, offset + 1, 1, offSize);
            if (length != 0) {
                cff.get(offsets[i], out, data + offset, length);
                offset += length;
            } else {
                out[data + offset] = RETURN;
                offset++;
            }
            i++;
        }
        return out;
    }

    /** Writes {@code count} offsets {@code first, first + 1, …} of {@code offSize} bytes each from {@code at}. */
    private static void offsets(byte[] out, int at, int first, int count, int offSize) {
        int v = first;
        int end = first + count;
        switch (offSize) {
            case 1 -> {
                for (; v < end; v++) {
                    out[at++] = (byte) v;
                }
            }
            case 2 -> {
                for (; v < end; v++) {
                    out[at++] = (byte) (v >>> 8);
                    out[at++] = (byte) v;
                }
            }
            case 3 -> {
                for (; v < end; v++) {
                    out[at++] = (byte) (v >>> 16);
                    out[at++] = (byte) (v >>> 8);
                    out[at++] = (byte) v;
                }
            }
            default -> {
                for (; v < end; v++) {
                    out[at++] = (byte) (v >>> 24);
                    out[at++] = (byte) (v >>> 16);
                    out[at++] = (byte) (v >>> 8);
                    out[at++] = (byte) v;
                }
            }
        }
    }

    /** Big-endian writing into an array of known size. */
    private static final class Writer {
        final byte[] bytes;
        int at;

        Writer(byte[] bytes) {
            this.bytes = bytes;
        }

        Writer u8(int v) {
            bytes[at++] = (byte) v;
            return this;
        }

        Writer u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        Writer offset(int v, int size) {
            for (int shift = 8 * (size - 1); shift >= 0; shift -= 8) {
                u8(v >>> shift);
            }
            return this;
        }

        Writer int32(int v) {
            return u8(29).offset(v, 4);
        }

        void patchInt32(int where, int v) {
            for (int i = 0; i < 4; i++) {
                bytes[where + i] = (byte) (v >>> (24 - 8 * i));
            }
        }

        void copy(byte[] from, int offset, int length) {
            System.arraycopy(from, offset, bytes, at, length);
            at += length;
        }

        void copy(ByteBuffer from, int offset, int length) {
            from.get(offset, bytes, at, length);
            at += length;
        }
    }

    /**
     * Runs a glyph's charstring as a Type 2 interpreter would (Adobe TN 5177), following every
     * {@code callsubr} and {@code callgsubr} with the operand stack and the hint count the glyph has
     * at that point, to find every subroutine the glyph draws with. Only what decides which
     * subroutine is called is modelled: numbers, the stack, the arithmetic operators and the hints
     * whose count sizes a {@code hintmask}; drawing operators just clear the stack.
     *
     * <p>OpenPDF's scanner, which this replaced, read subroutines out of the glyph's context (a
     * hintmask in a subroutine skipped the wrong number of bytes), missed the implicit vstem before
     * a hintmask, took a 16-bit operand as unsigned and counted a global subroutine's
     * {@code callsubr} as global: 26 of the 6,763 GB 2312 characters of Noto Serif CJK (罢 菌 痛 偷…)
     * lost strokes in a PDF and 鲈 could not be embedded at all. Where a subroutine's number cannot
     * be known ({@code random}, a malformed charstring), every subroutine of that index is kept: a
     * larger subset, never a glyph drawn wrongly.
     */
    private final class Interpreter {
        /** The limits of TN 5177 appendix B: 48 operands, subroutines nested 10 deep (some slack here). */
        private static final int STACK = 48;
        private static final int DEPTH = 16;
        private final double[] stack = new double[STACK];
        private final double[] storage = new double[32];
        private int count;
        private int hints;
        private FontDict fd;
        private BitSet local;
        private BitSet global;

        Calls calls(int glyph) {
            fd = fds[fdSelect[glyph]];
            local = new BitSet();
            global = new BitSet();
            count = 0;
            hints = 0;
            java.util.Arrays.fill(storage, 0);
            try {
                run(charstrings[glyph], charstrings[glyph + 1], 0);
            } catch (RuntimeException e) {
                // a charstring this reading cannot follow: keep every subroutine it might reach
                everything();
            }
            return new Calls(local.stream().toArray(), global.stream().toArray());
        }

        private void everything() {
            if (fd.subrOffsets != null) {
                local.set(0, fd.subrOffsets.length - 1);
            }
            global.set(0, gsubrOffsets.length - 1);
        }

        /** Interprets bytes {@code [pos, end)}; true when the glyph ended ({@code endchar}). */
        private boolean run(int pos, int end, int depth) {
            if (depth > DEPTH) {
                throw new IllegalStateException("subroutines nested too deep");
            }
            while (pos < end) {
                int b0 = cff.get(pos++) & 0xff;
                if (b0 >= 32 && b0 <= 246) {
                    push(b0 - 139);
                } else if (b0 >= 247 && b0 <= 250) {
                    push((b0 - 247) * 256 + (cff.get(pos++) & 0xff) + 108);
                } else if (b0 >= 251 && b0 <= 254) {
                    push(-(b0 - 251) * 256 - (cff.get(pos++) & 0xff) - 108);
                } else if (b0 == 28) {
                    push(cff.getShort(pos));
                    pos += 2;
                } else if (b0 == 255) {
                    push(cff.getInt(pos) / 65536.0);
                    pos += 4;
                } else if (b0 == 12) {
                    escaped(cff.get(pos++) & 0xff);
                } else {
                    switch (b0) {
                        case 10 -> { // callsubr
                            if (call(fd.subrOffsets, fd.lBias, local, depth)) {
                                return true;
                            }
                        }
                        case 29 -> { // callgsubr
                            if (call(gsubrOffsets, gBias, global, depth)) {
                                return true;
                            }
                        }
                        case 11 -> { // return
                            return false;
                        }
                        case 14 -> { // endchar
                            return true;
                        }
                        case 1, 3, 18, 23 -> { // hstem vstem hstemhm vstemhm: pairs, after an optional width
                            hints += count / 2;
                            clear();
                        }
                        case 19, 20 -> { // hintmask cntrmask: operands left are an implicit vstem
                            hints += count / 2;
                            clear();
                            pos += (hints + 7) / 8;
                        }
                        default -> clear(); // drawing operators (and reserved codes) take all operands
                    }
                }
            }
            return false;
        }

        /** Pops the subroutine number and runs it; a number that cannot be known keeps the whole index. */
        private boolean call(int[] offsets, int bias, BitSet calls, int depth) {
            if (offsets == null || count == 0) {
                throw new IllegalStateException("a call without subroutines or without a number");
            }
            double number = stack[--count];
            if (Double.isNaN(number) || number != Math.rint(number)) {
                throw new IllegalStateException("a subroutine number that cannot be known");
            }
            int subr = (int) number + bias;
            if (subr < 0 || subr >= offsets.length - 1) {
                throw new IllegalStateException("subroutine " + subr + " out of the index");
            }
            calls.set(subr);
            return run(offsets[subr], offsets[subr + 1], depth + 1);
        }

        /** The two-byte operators: flex family (drawing) and the arithmetic and storage operators. */
        private void escaped(int op) {
            switch (op) {
                case 3 -> binary((a, b) -> a != 0 && b != 0 ? 1 : 0); // and
                case 4 -> binary((a, b) -> a != 0 || b != 0 ? 1 : 0); // or
                case 5 -> unary(a -> a == 0 ? 1 : 0); // not
                case 9 -> unary(Math::abs);
                case 10 -> binary(Double::sum); // add
                case 11 -> binary((a, b) -> a - b); // sub
                case 12 -> binary((a, b) -> a / b); // div
                case 14 -> unary(a -> -a); // neg
                case 15 -> binary((a, b) -> a == b ? 1 : 0); // eq
                case 18 -> pop(); // drop
                case 20 -> { // put: val i
                    int i = index(pop());
                    storage[i] = pop();
                }
                case 21 -> push(storage[index(pop())]); // get
                case 22 -> { // ifelse: s1 s2 v1 v2
                    double v2 = pop();
                    double v1 = pop();
                    double s2 = pop();
                    double s1 = pop();
                    push(Double.isNaN(v1) || Double.isNaN(v2) ? Double.NaN : v1 <= v2 ? s1 : s2);
                }
                case 23 -> push(Double.NaN); // random
                case 24 -> binary((a, b) -> a * b); // mul
                case 26 -> unary(Math::sqrt);
                case 27 -> { // dup
                    double a = pop();
                    push(a);
                    push(a);
                }
                case 28 -> { // exch
                    double b = pop();
                    double a = pop();
                    push(b);
                    push(a);
                }
                case 29 -> { // index
                    int i = (int) pop();
                    push(stack[count - 1 - Math.max(0, i)]);
                }
                case 30 -> { // roll: n j
                    int j = (int) pop();
                    int n = (int) pop();
                    roll(n, j);
                }
                default -> clear(); // hflex flex hflex1 flex1, and reserved codes
            }
        }

        private void roll(int n, int j) {
            if (n <= 0 || n > count) {
                throw new IllegalStateException("roll of " + n + " operands");
            }
            double[] top = java.util.Arrays.copyOfRange(stack, count - n, count);
            for (int i = 0; i < n; i++) {
                stack[count - n + Math.floorMod(i + j, n)] = top[i];
            }
        }

        private int index(double v) {
            if (Double.isNaN(v) || v < 0 || v >= storage.length) {
                throw new IllegalStateException("transient array index " + v);
            }
            return (int) v;
        }

        /** An operator on an unknown value ({@code random}'s) gives an unknown value. */
        private void unary(java.util.function.DoubleUnaryOperator f) {
            double a = pop();
            push(Double.isNaN(a) ? a : f.applyAsDouble(a));
        }

        private void binary(java.util.function.DoubleBinaryOperator f) {
            double b = pop();
            double a = pop();
            push(Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : f.applyAsDouble(a, b));
        }

        private void push(double v) {
            if (count == STACK) {
                throw new IllegalStateException("operand stack overflow");
            }
            stack[count++] = v;
        }

        private double pop() {
            if (count == 0) {
                throw new IllegalStateException("operand stack underflow");
            }
            return stack[--count];
        }

        private void clear() {
            count = 0;
        }
    }

    /**
     * OpenPDF's parse of the table, made once: {@code CFFFontSubset}'s constructor with no glyphs reads
     * the charstring offsets, FDSelect, FDArray and charset length exactly as it does per document.
     */
    private static final class Parser extends CFFFontSubset {
        static final Set<String> REWRITTEN_TOP_KEYS = Set.of("Encoding", "Private", "FDSelect", "FDArray", "charset",
                "CharStrings");

        private final ByteBuffer cff;

        Parser(ByteBuffer cff) {
            super(new BufferReader(cff), new HashMap<>());
            this.cff = cff;
        }

        /** One CID-keyed font with FDSelect and FDArray and no top-level private dict: what is rebuilt here. */
        boolean covered() {
            if (fonts.length != 1) {
                return false;
            }
            CFFFont.Font f = fonts[0];
            if (!f.isCID || f.privateOffset >= 0 || f.fdselectOffset < 0 || f.fdarrayOffset < 0 || f.FDSelect == null
                    || f.fdprivateOffsets == null || f.fdprivateOffsets.length != f.FDArrayOffsets.length - 1) {
                return false;
            }
            for (int k = 0; k < f.fdprivateOffsets.length; k++) {
                if (count(f.FDArrayOffsets[k], f.FDArrayOffsets[k + 1], "Private") != 1
                        || count(f.fdprivateOffsets[k], f.fdprivateOffsets[k] + f.fdprivateLengths[k], "Subrs") > 1) {
                    return false;
                }
            }
            return true;
        }

        private int count(int from, int to, String wanted) {
            int n = 0;
            seek(from);
            while (getPosition() < to) {
                getDictItem();
                if (wanted.equals(key)) {
                    n++;
                }
            }
            return n;
        }

        /** Font dict {@code k} and its private dict as {@code Reconstruct} writes them, offsets to patch marked. */
        FontDict fontDict(int k) {
            CFFFont.Font f = fonts[0];
            FontDict d = new FontDict();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            seek(f.FDArrayOffsets[k]);
            while (getPosition() < f.FDArrayOffsets[k + 1]) {
                int from = getPosition();
                getDictItem();
                int to = getPosition();
                if ("Private".equals(key)) {
                    int newSize = (Integer) args[0];
                    int subrsOperand = CalcSubrOffsetSize(f.fdprivateOffsets[k], f.fdprivateLengths[k]);
                    if (subrsOperand != 0) {
                        newSize += INT32_SIZE - subrsOperand;
                    }
                    writeInt32(out, newSize);
                    d.privateAt = out.size() + 1;
                    writeInt32(out, 0);
                    out.write(18);
                    seek(to);
                } else {
                    out.writeBytes(bytes(cff, from, to - from));
                }
            }
            d.dict = out.toByteArray();
            out.reset();
            int privateFrom = f.fdprivateOffsets[k];
            int privateTo = privateFrom + f.fdprivateLengths[k];
            int subrs = -1;
            seek(privateFrom);
            while (getPosition() < privateTo) {
                int from = getPosition();
                getDictItem();
                int to = getPosition();
                if ("Subrs".equals(key)) {
                    subrs = (Integer) args[0] + privateFrom;
                    d.subrsAt = out.size() + 1;
                    writeInt32(out, 0);
                    out.write(19);
                } else {
                    out.writeBytes(bytes(cff, from, to - from));
                }
            }
            d.priv = out.toByteArray();
            if (subrs >= 0) {
                d.subrOffsets = getIndex(subrs);
                d.lBias = CalcBias(subrs, 0);
            }
            return d;
        }

        private static void writeInt32(java.io.ByteArrayOutputStream out, int v) {
            out.write(29);
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }
    }
}
