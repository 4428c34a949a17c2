package org.shuangbai.evaluation;

/**
 * A set of 64-bit hashes with open addressing: 8 bytes an entry at most three-quarters full, no object
 * per entry. Remembers who already answered in a 2-million-row export without holding the rows.
 */
final class LongHashSet {
    private long[] slots = new long[1 << 12];
    private int size;

    /** The value a hash is kept as: zero marks a free slot, so a zero hash is kept as one. */
    static long stored(long hash) {
        return hash == 0 ? 1 : hash;
    }

    /** Adds the hash; false when it was there already. */
    boolean add(long hash) {
        long h = stored(hash);
        if (size + 1 > slots.length / 4 * 3) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = h;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /** The hashes held, in ascending order. */
    long[] toSortedArray() {
        long[] out = new long[size];
        int n = 0;
        for (long h : slots) {
            if (h != 0) {
                out[n++] = h;
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    /**
     * A 64-bit hash of several texts (separated, so that ("ab","c") and ("a","bc") differ): FNV-1a over
     * the UTF-16 units, then the MurmurHash3 finaliser for avalanche. Two different keys among two
     * million share a hash with a probability of about one in ten million.
     */
    static long hash(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h ^= p.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0xFFFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
