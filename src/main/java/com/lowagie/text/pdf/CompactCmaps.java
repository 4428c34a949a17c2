package com.lowagie.text.pdf;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * OpenPDF's character maps of a face, held in arrays instead of hash maps. {@code TrueTypeFont} keeps
 * each cmap as a {@code HashMap<Integer, int[]>} and {@code TrueTypeFontUnicode} adds the inverse
 * (glyph to character) as another: for a CJK face that is some 150,000 map nodes and boxed integers,
 * which live for the whole run and, loaded while the demo's other steps allocate, were copied by the
 * young collections that promoted them (half a second of pauses). Here a cmap is one array of the
 * same {glyph, width} arrays indexed by character, the inverse one int array indexed by glyph; both
 * answer every lookup as the hash maps did, built from them, so the same character wins a glyph that
 * several characters share. The maps are read-only: OpenPDF only reads them once they are built.
 */
final class CompactCmaps {
    private CompactCmaps() {
    }

    /** A cmap that {@code TrueTypeFont} built, or null for null. */
    static HashMap<Integer, int[]> cmap(HashMap<Integer, int[]> built) {
        return built == null || built.isEmpty() ? built : new CodeMap(built);
    }

    /** The inverse cmap that {@code TrueTypeFontUnicode} built, or null for null. */
    static Map<Integer, Integer> inverse(Map<Integer, Integer> built) {
        return built == null || built.isEmpty() ? built : new GlyphCodes(built);
    }

    /**
     * The inverse cmap that {@code TrueTypeFontUnicode} built from {@code cmap}, except that a glyph it
     * gives to a character other than a CJK unified ideograph goes to the lowest unified ideograph
     * {@code cmap} maps to that glyph, if there is one. OpenPDF keeps the last character it meets for a
     * glyph, and in a CJK face 理 (U+7406) shares its glyph with the compatibility ideograph U+F9E4, 行
     * with U+FA08 and the Kangxi radical U+2F8F: the PDF's ToUnicode table, which follows this map, turned
     * every such character drawn as a glyph into its lookalike, which is what copying or searching a text
     * without ActualText (a chart's labels, the watermark) found.
     */
    static Map<Integer, Integer> inverse(Map<Integer, Integer> built, Map<Integer, int[]> cmap) {
        if (built == null || built.isEmpty()) {
            return built;
        }
        GlyphCodes codes = new GlyphCodes(built);
        if (cmap != null) {
            codes.preferUnified(cmap);
        }
        return codes;
    }

    /** CJK Unified Ideographs, Extension A and the supplementary planes' extensions (not their compatibility block). */
    static boolean unifiedIdeograph(int c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x20000 && c <= 0x2F7FF) || (c >= 0x30000 && c <= 0x3FFFF);
    }

    /**
     * Character to {glyph, width}: a {@code HashMap} by type only, since that is the field's type; its
     * own table stays empty and every read goes to the arrays, every write fails.
     */
    static final class CodeMap extends HashMap<Integer, int[]> {
        private static final long serialVersionUID = 1L;
        /** The lowest character. */
        private final int first;
        /** The characters in order where they are too sparse for a direct index, else null. */
        private final int[] codes;
        /** By character minus {@link #first}, or in the order of {@link #codes}. */
        private final int[][] metrics;
        private final int size;

        CodeMap(Map<Integer, int[]> built) {
            super(0);
            int[] sorted = built.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            this.size = sorted.length;
            this.first = sorted[0];
            long span = (long) sorted[sorted.length - 1] - first + 1;
            if (span <= 4L * sorted.length + 1024) {
                this.codes = null;
                this.metrics = new int[(int) span][];
                for (int c : sorted) {
                    metrics[c - first] = built.get(c);
                }
            } else {
                this.codes = sorted;
                this.metrics = new int[sorted.length][];
                for (int i = 0; i < sorted.length; i++) {
                    metrics[i] = built.get(sorted[i]);
                }
            }
        }

        @Override
        public int[] get(Object key) {
            if (!(key instanceof Integer c)) {
                return null;
            }
            if (codes != null) {
                int i = Arrays.binarySearch(codes, c);
                return i < 0 ? null : metrics[i];
            }
            int i = c - first;
            return i >= 0 && i < metrics.length ? metrics[i] : null;
        }

        @Override
        public int[] getOrDefault(Object key, int[] otherwise) {
            int[] m = get(key);
            return m == null ? otherwise : m;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public void forEach(BiConsumer<? super Integer, ? super int[]> action) {
            for (int i = 0; i < metrics.length; i++) {
                if (metrics[i] != null) {
                    action.accept(codes == null ? first + i : codes[i], metrics[i]);
                }
            }
        }

        /** The entries as a map of their own, in character order: for the rare full walk (a whole-font embedding). */
        private Map<Integer, int[]> view() {
            Map<Integer, int[]> all = new java.util.LinkedHashMap<>(size * 2);
            forEach(all::put);
            return Collections.unmodifiableMap(all);
        }

        @Override
        public Set<Map.Entry<Integer, int[]>> entrySet() {
            return view().entrySet();
        }

        @Override
        public Set<Integer> keySet() {
            return view().keySet();
        }

        @Override
        public Collection<int[]> values() {
            return view().values();
        }

        @Override
        public boolean containsValue(Object value) {
            return view().containsValue(value);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || view().equals(o);
        }

        @Override
        public int hashCode() {
            return view().hashCode();
        }

        @Override
        public String toString() {
            return view().toString();
        }

        @Override
        public Object clone() {
            return new HashMap<>(view());
        }

        @Override
        public int[] put(Integer key, int[] value) {
            throw readOnly();
        }

        @Override
        public void putAll(Map<? extends Integer, ? extends int[]> m) {
            throw readOnly();
        }

        @Override
        public int[] remove(Object key) {
            throw readOnly();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw readOnly();
        }

        @Override
        public void clear() {
            throw readOnly();
        }

        @Override
        public int[] putIfAbsent(Integer key, int[] value) {
            throw readOnly();
        }

        @Override
        public boolean replace(Integer key, int[] oldValue, int[] newValue) {
            throw readOnly();
        }

        @Override
        public int[] replace(Integer key, int[] value) {
            throw readOnly();
        }

        @Override
        public void replaceAll(BiFunction<? super Integer, ? super int[], ? extends int[]> function) {
            throw readOnly();
        }

        @Override
        public int[] computeIfAbsent(Integer key, Function<? super Integer, ? extends int[]> f) {
            throw readOnly();
        }

        @Override
        public int[] computeIfPresent(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
            throw readOnly();
        }

        @Override
        public int[] compute(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
            throw readOnly();
        }

        @Override
        public int[] merge(Integer key, int[] value, BiFunction<? super int[], ? super int[], ? extends int[]> f) {
            throw readOnly();
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("a face's cmap is read-only");
        }
    }

    /** Glyph to the character that maps to it: one int per glyph, -1 for none. */
    static final class GlyphCodes extends AbstractMap<Integer, Integer> {
        private final int[] codes;

        GlyphCodes(Map<Integer, Integer> built) {
            int last = built.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            if (built.keySet().stream().anyMatch(g -> g < 0) || built.values().stream().anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("a glyph or character below 0");
            }
            codes = new int[last + 1];
            Arrays.fill(codes, -1);
            built.forEach((glyph, code) -> codes[glyph] = code);
        }

        /** See {@link CompactCmaps#inverse(Map, Map)}. */
        void preferUnified(Map<Integer, int[]> cmap) {
            int[] characters = cmap.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int c : characters) {
                int g = cmap.get(c)[0];
                if (g >= 0 && g < codes.length && codes[g] >= 0 && !unifiedIdeograph(codes[g])
                        && unifiedIdeograph(c)) {
                    codes[g] = c;
                }
            }
        }

        @Override
        public Integer get(Object key) {
            if (!(key instanceof Integer g) || g < 0 || g >= codes.length || codes[g] < 0) {
                return null;
            }
            return codes[g];
        }

        /** Everything but {@link #get} goes through here (AbstractMap): OpenPDF only ever looks glyphs up. */
        @Override
        public Set<Map.Entry<Integer, Integer>> entrySet() {
            Map<Integer, Integer> all = new java.util.LinkedHashMap<>();
            for (int g = 0; g < codes.length; g++) {
                if (codes[g] >= 0) {
                    all.put(g, codes[g]);
                }
            }
            return Collections.unmodifiableMap(all).entrySet();
        }
    }
}
