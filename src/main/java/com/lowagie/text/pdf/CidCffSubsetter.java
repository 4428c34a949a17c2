package com.lowagie.text.pdf;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Subsets the CFF table of one CID-keyed face (Noto CJK, Fandol) for a glyph set, giving exactly the
 * bytes OpenPDF's {@link CFFFontSubset} gives, but with the face parsed once per run instead of once
 * per document.
 *
 * <p>What {@code CFFFontSubset} does for every document, whatever few glyphs it uses: read the
 * offsets of all 65,535 charstrings twice and the FDSelect byte by byte through
 * {@code RandomAccessFileOrArray}, re-read the global and local subroutine indexes, interpret the
 * used charstrings comparing operator names as strings, then copy everything out byte by byte. That
 * was 13 % of the demo's CPU (JFR). Here the glyph-set-independent parts (index offsets, FDSelect,
 * the top, font and private dicts with the offsets to patch, the subroutine biases) are taken once
 * from OpenPDF's own parser, and which subroutines a charstring calls is worked out once per
 * charstring and kept; a document only assembles its indexes with array copies.
 *
 * <p>The output must stay byte for byte OpenPDF's, quirks included (an unused entry becomes one
 * {@code endchar} or {@code return} byte, a rebuilt index carries one trailing zero byte, glyphs of a
 * font dict without local subroutines are never scanned for global ones, a global subroutine's
 * {@code callsubr} marks a global one): {@code CidCffSubsetterTest} compares both on every face of
 * the catalogue. Faces this class does not cover return {@code null} from {@link #of}, and a glyph
 * set it cannot handle makes {@link #subset} return {@code null}; the caller then uses OpenPDF's.
 */
final class CidCffSubsetter {
    private static final byte ENDCHAR = 14;
    private static final byte RETURN = 11;
    /** A DICT operand written as a 32-bit integer, as OpenPDF writes every offset it patches. */
    private static final int INT32_SIZE = 5;

    private final byte[] cff;
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
    private final int fdSelectFrom;
    private final int fdSelectLength;
    private final int charsetFrom;
    private final int charsetLength;
    private final int fdArrayCount;
    private final int fdArrayOffSize;
    private final FontDict[] fds;

    /** What scanning one charstring found: the local and the global subroutines it calls, biased. */
    private record Calls(int[] local, int[] global) {
    }

    private final AtomicReferenceArray<Calls> glyphCalls;
    private final AtomicReferenceArray<Calls> globalCalls;

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
        AtomicReferenceArray<Calls> subrCalls;
    }

    private CidCffSubsetter(byte[] cff, Parser p) {
        this.cff = cff;
        CFFFont.Font f = p.fonts[0];
        int hdrSize = cff[2] & 0xff;
        java.io.ByteArrayOutputStream top = new java.io.ByteArrayOutputStream();
        p.seek(p.topdictOffsets[0]);
        while (p.getPosition() < p.topdictOffsets[1]) {
            int from = p.getPosition();
            p.getDictItem();
            if (!Parser.REWRITTEN_TOP_KEYS.contains(p.key)) {
                top.write(cff, from, p.getPosition() - from);
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
        fdSelectFrom = f.fdselectOffset;
        fdSelectLength = f.FDSelectLength;
        charsetFrom = f.charsetOffset;
        charsetLength = f.CharsetLength;
        fdArrayCount = f.FDArrayCount;
        fdArrayOffSize = f.FDArrayOffsize;
        fds = new FontDict[f.FDArrayOffsets.length - 1];
        for (int k = 0; k < fds.length; k++) {
            fds[k] = p.fontDict(k);
        }
        glyphCalls = new AtomicReferenceArray<>(charstrings.length - 1);
        globalCalls = new AtomicReferenceArray<>(Math.max(0, gsubrOffsets.length - 1));
    }

    /** The face's subsetter, or null if its CFF table is not one this class reproduces OpenPDF for. */
    static CidCffSubsetter of(byte[] cff) {
        try {
            Parser p = new Parser(cff);
            return p.covered() ? new CidCffSubsetter(cff, p) : null;
        } catch (RuntimeException e) {
            return null; // OpenPDF's own subsetter then meets the font as before
        }
    }

    /** The subset holding {@code glyphs}, as {@code CFFFontSubset.Process} makes it; null if not covered. */
    byte[] subset(Set<Integer> glyphs) {
        try {
            return build(glyphs);
        } catch (RuntimeException e) {
            return null; // a charstring OpenPDF's scanner reads differently or fails on: let it decide
        }
    }

    private byte[] build(Set<Integer> glyphs) {
        BitSet used = new BitSet(charstrings.length);
        boolean[] fdUsed = new boolean[fds.length];
        for (int g : glyphs) {
            if (g < 0 || g >= fdSelect.length) {
                return null;
            }
            used.set(g);
            fdUsed[fdSelect[g]] = true;
        }
        BitSet gUsed = new BitSet();
        IntList gList = new IntList();
        Scanner scanner = new Scanner();
        byte[][] localIndexes = new byte[fds.length][];
        for (int fd = 0; fd < fds.length; fd++) {
            FontDict d = fds[fd];
            if (!fdUsed[fd] || d.subrOffsets == null) {
                continue; // OpenPDF scans a font dict's glyphs only when it has local subroutines
            }
            BitSet lUsed = new BitSet();
            IntList lList = new IntList();
            for (int g = used.nextSetBit(0); g >= 0; g = used.nextSetBit(g + 1)) {
                if (fdSelect[g] == fd) {
                    Calls c = glyphCalls.get(g);
                    if (c == null) {
                        c = scanner.scan(charstrings[g], charstrings[g + 1], d.lBias, d.subrOffsets);
                        glyphCalls.set(g, c);
                    }
                    add(c.local, lUsed, lList, d.subrOffsets.length - 1);
                    add(c.global, gUsed, gList, gsubrOffsets.length - 1);
                }
            }
            for (int i = 0; i < lList.size; i++) {
                int s = lList.values[i];
                if (s >= 0 && s < d.subrOffsets.length - 1) {
                    Calls c = d.subrCalls.get(s);
                    if (c == null) {
                        c = scanner.scan(d.subrOffsets[s], d.subrOffsets[s + 1], d.lBias, d.subrOffsets);
                        d.subrCalls.set(s, c);
                    }
                    add(c.local, lUsed, lList, d.subrOffsets.length - 1);
                    add(c.global, gUsed, gList, gsubrOffsets.length - 1);
                }
            }
            localIndexes[fd] = newIndex(d.subrOffsets, lUsed, RETURN);
        }
        for (int i = 0; i < gList.size; i++) {
            int s = gList.values[i];
            if (s >= 0 && s < gsubrOffsets.length - 1) {
                Calls c = globalCalls.get(s);
                if (c == null) {
                    // OpenPDF scans a global subroutine with no local index and a local bias of 0:
                    // what it calls with callsubr is then counted among the global ones.
                    c = scanner.scan(gsubrOffsets[s], gsubrOffsets[s + 1], 0, null);
                    globalCalls.set(s, c);
                }
                add(c.local, gUsed, gList, gsubrOffsets.length - 1);
                add(c.global, gUsed, gList, gsubrOffsets.length - 1);
            }
        }
        byte[] gsubrIndex = newIndex(gsubrOffsets, gUsed, RETURN);
        byte[] charstringIndex = newIndex(charstrings, used, ENDCHAR);
        return assemble(fdUsed, gsubrIndex, localIndexes, charstringIndex);
    }

    /**
     * Marks what a charstring calls. OpenPDF keeps every number it meets in a map, but only those in
     * [0, count] are ever looked up (count: the sentinel slot of the index) or scanned.
     */
    private static void add(int[] calls, BitSet seen, IntList order, int count) {
        for (int s : calls) {
            if (s >= 0 && s <= count && !seen.get(s)) {
                seen.set(s);
                order.add(s);
            }
        }
    }

    /** The file as {@code CFFFontSubset.BuildNewFile} lays it out for a CID-keyed font. */
    private byte[] assemble(boolean[] fdUsed, byte[] gsubrIndex, byte[][] localIndexes, byte[] charstringIndex) {
        int topAt = head.length;
        int fdSelectAt = topAt + topKept.length + 4 * INT32_SIZE + 6 + stringsLength + gsubrIndex.length;
        int charsetAt = fdSelectAt + fdSelectLength;
        int fdArrayAt = charsetAt + charsetLength;
        int fdArrayBase = fdArrayAt + 2 + 1 + fdArrayOffSize * (fds.length + 1);
        int[] fdEnds = new int[fds.length];
        int at = fdArrayBase;
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                at += fds[k].dict.length;
            }
            fdEnds[k] = at - fdArrayBase + 1;
        }
        int[] privateAt = new int[fds.length];
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k]) {
                privateAt[k] = at;
                at += fds[k].priv.length;
            }
        }
        int[] subrsAt = new int[fds.length];
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k] && fds[k].subrsAt >= 0 && localIndexes[k] != null) {
                subrsAt[k] = at;
                at += localIndexes[k].length;
            }
        }
        int charstringsAt = at;
        Writer w = new Writer(new byte[charstringsAt + charstringIndex.length]);
        w.copy(head, 0, head.length);
        w.copy(topKept, 0, topKept.length);
        w.int32(fdArrayAt).u8(12).u8(36).int32(fdSelectAt).u8(12).u8(37).int32(charsetAt).u8(15).int32(charstringsAt).u8(17);
        w.copy(cff, stringsFrom, stringsLength);
        w.copy(gsubrIndex, 0, gsubrIndex.length);
        w.copy(cff, fdSelectFrom, fdSelectLength);
        w.copy(cff, charsetFrom, charsetLength);
        w.u16(fdArrayCount).u8(fdArrayOffSize).offset(1, fdArrayOffSize);
        for (int end : fdEnds) {
            w.offset(end, fdArrayOffSize);
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
                    // without a rebuilt index OpenPDF leaves the operand at 0
                    w.patchInt32(from + fds[k].subrsAt, localIndexes[k] != null ? subrsAt[k] - privateAt[k] : 0);
                }
            }
        }
        for (int k = 0; k < fds.length; k++) {
            if (fdUsed[k] && fds[k].subrsAt >= 0 && localIndexes[k] != null) {
                w.copy(localIndexes[k], 0, localIndexes[k].length);
            }
        }
        w.copy(charstringIndex, 0, charstringIndex.length);
        return w.bytes;
    }

    /**
     * {@code CFFFontSubset.BuildNewIndex} and {@code AssembleIndex} in two passes over the offsets:
     * used entries copied, every other one (and a used one of length 0) a single {@code op} byte.
     * OpenPDF sizes its data area with one spare byte per unused slot, the sentinel's included, and
     * writes it out whole: normally one zero byte after the last entry, kept here.
     */
    private byte[] newIndex(int[] offsets, BitSet used, byte op) {
        int n = offsets.length;
        int usedLength = 0;
        int unusedSlots = 0;
        int size = 0;
        for (int i = 0; i < n; i++) {
            boolean in = used.get(i);
            if (!in) {
                unusedSlots++;
            }
            if (i < n - 1) {
                int length = in ? offsets[i + 1] - offsets[i] : 0;
                usedLength += length;
                size += length != 0 ? length : 1;
            }
        }
        if (size > usedLength + unusedSlots || n - 1 > 0xFFFF) {
            // OpenPDF would run off its array here (or truncate the count): leave it to OpenPDF
            throw new IllegalStateException("index OpenPDF cannot rebuild");
        }
        int offSize = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffff ? 3 : 4;
        int data = 3 + offSize * n;
        byte[] out = new byte[data + usedLength + unusedSlots];
        out[0] = (byte) ((n - 1) >>> 8);
        out[1] = (byte) (n - 1);
        out[2] = (byte) offSize;
        int at = 3;
        int offset = 0;
        for (int i = 0; i < n; i++) {
            int v = offset + 1;
            switch (offSize) {
                case 4:
                    out[at++] = (byte) (v >>> 24);
                    // fall through
                case 3:
                    out[at++] = (byte) (v >>> 16);
                    // fall through
                case 2:
                    out[at++] = (byte) (v >>> 8);
                    // fall through
                default:
                    out[at++] = (byte) v;
            }
            if (i < n - 1) {
                int length = used.get(i) ? offsets[i + 1] - offsets[i] : 0;
                if (length != 0) {
                    System.arraycopy(cff, offsets[i], out, data + offset, length);
                    offset += length;
                } else {
                    out[data + offset] = op;
                    offset++;
                }
            }
        }
        return out;
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
    }

    /** A growing list of ints; the work lists of subroutines to scan. */
    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

    }

    /**
     * {@code CFFFontSubset.ReadASubr} and {@code CalcHints} over the table's bytes with operator codes
     * instead of names: the same operand stack (48 slots, a pushed result counted but not known), the
     * same hint counting to skip hintmask bytes, the same subroutines followed for their hints.
     */
    private final class Scanner {
        private final int[] args = new int[48];
        private final boolean[] known = new boolean[48];
        private int count;
        private int hints;
        private int pos;
        /** The operator read last: 0–31, or 32 + the escaped code (capped as OpenPDF caps it). */
        private int op;
        private final IntList local = new IntList();
        private final IntList global = new IntList();

        private static final int ESCAPE = 32;
        private static final int ESCAPE_CAP = 38; // SubrsEscapeFuncs.length - 1: "RESERVED_REST"

        Calls scan(int begin, int end, int lBias, int[] lSubrs) {
            local.size = 0;
            global.size = 0;
            emptyStack();
            hints = 0;
            pos = begin;
            while (pos < end) {
                readCommand();
                int here = pos;
                Integer top = count > 0 && known[count - 1] ? args[count - 1] : null;
                int top0 = top == null ? 0 : top;
                int n = count;
                handleStack();
                if (op == 10) { // callsubr
                    if (n > 0) {
                        int subr = top0 + lBias;
                        local.add(subr);
                        if (lSubrs != null) {
                            calcHints(lSubrs[subr], lSubrs[subr + 1], lBias, lSubrs);
                        }
                        pos = here;
                    }
                } else if (op == 29) { // callgsubr
                    if (n > 0) {
                        int subr = top0 + gBias;
                        global.add(subr);
                        calcHints(gsubrOffsets[subr], gsubrOffsets[subr + 1], lBias, lSubrs);
                        pos = here;
                    }
                } else {
                    stems(n);
                }
            }
            return new Calls(java.util.Arrays.copyOf(local.values, local.size), java.util.Arrays.copyOf(global.values, global.size));
        }

        private void calcHints(int begin, int end, int lBias, int[] lSubrs) {
            pos = begin;
            while (pos < end) {
                readCommand();
                int here = pos;
                Integer top = count > 0 && known[count - 1] ? args[count - 1] : null;
                int n = count;
                handleStack();
                if (op == 10) {
                    if (n > 0) {
                        int subr = known(top) + lBias;
                        calcHints(lSubrs[subr], lSubrs[subr + 1], lBias, lSubrs);
                        pos = here;
                    }
                } else if (op == 29) {
                    if (n > 0) {
                        int subr = known(top) + gBias;
                        calcHints(gsubrOffsets[subr], gsubrOffsets[subr + 1], lBias, lSubrs);
                        pos = here;
                    }
                } else {
                    stems(n);
                }
            }
        }

        /** OpenPDF unboxes the top of the stack here, and fails when it is not known; so must this. */
        private int known(Integer top) {
            if (top == null) {
                throw new IllegalStateException("subroutine number not known");
            }
            return top;
        }

        /** hstem, vstem, hstemhm, vstemhm count hints; hintmask and cntrmask skip their mask bytes. */
        private void stems(int n) {
            if (op == 1 || op == 3 || op == 18 || op == 23) {
                hints += n / 2;
            } else if (op == 19 || op == 20) {
                int size = hints / 8;
                if (hints % 8 != 0 || size == 0) {
                    size++;
                }
                pos += size;
                if (pos > cff.length) {
                    throw new IllegalStateException("mask past the end of the table");
                }
            }
        }

        private int card8() {
            return cff[pos++] & 0xff;
        }

        private void push(int v) {
            args[count] = v;
            known[count] = true;
            count++;
        }

        private void readCommand() {
            while (true) {
                int b0 = card8();
                if (b0 == 28) {
                    int first = card8();
                    int second = card8();
                    push(first << 8 | second);
                } else if (b0 >= 32 && b0 <= 246) {
                    push(b0 - 139);
                } else if (b0 >= 247 && b0 <= 250) {
                    push((b0 - 247) * 256 + card8() + 108);
                } else if (b0 >= 251 && b0 <= 254) {
                    push(-(b0 - 251) * 256 - card8() - 108);
                } else if (b0 == 255) {
                    int v = card8() << 24;
                    v |= card8() << 16;
                    v |= card8() << 8;
                    push(v | card8());
                } else {
                    op = b0 == 12 ? ESCAPE + Math.min(card8(), ESCAPE_CAP) : b0;
                    return;
                }
            }
        }

        /** {@code HandelStack}/{@code StackOpp}: how each operator leaves the stack, as OpenPDF reckons it. */
        private void handleStack() {
            int effect = switch (op) {
                case ESCAPE + 22 -> -3; // ifelse
                case ESCAPE + 30, ESCAPE + 20 -> -2; // roll, put
                case 10, 29, ESCAPE + 10, ESCAPE + 11, ESCAPE + 12, ESCAPE + 24, ESCAPE + 18, ESCAPE + 3, ESCAPE + 4,
                        ESCAPE + 15 -> -1; // callsubr callgsubr add sub div mul drop and or eq
                case ESCAPE + 9, ESCAPE + 14, ESCAPE + 26, ESCAPE + 28, ESCAPE + 29, ESCAPE + 21, ESCAPE + 5,
                        11 -> 0; // abs neg sqrt exch index get not return
                case ESCAPE + 23, ESCAPE + 27 -> 1; // random dup
                default -> 2;
            };
            if (effect == 1) {
                count++; // counted, value unknown (OpenPDF leaves the slot empty)
            } else if (effect < 2) {
                for (int i = 0; i < -effect; i++) {
                    if (count > 0) {
                        count--;
                        known[count] = false;
                    }
                }
            } else {
                emptyStack();
            }
        }

        private void emptyStack() {
            for (int i = 0; i < count; i++) {
                known[i] = false;
            }
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

        private final byte[] cff;

        Parser(byte[] cff) {
            super(new RandomAccessFileOrArray(cff), new HashMap<>());
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
                    out.write(cff, from, to - from);
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
                    out.write(cff, from, to - from);
                }
            }
            d.priv = out.toByteArray();
            if (subrs >= 0) {
                d.subrOffsets = getIndex(subrs);
                d.lBias = CalcBias(subrs, 0);
                d.subrCalls = new AtomicReferenceArray<>(Math.max(0, d.subrOffsets.length - 1));
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
