package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A unit's category subtotals as a year's summaries hold them ({@link ScoredYear}): the system's
 * category codes in one array that all its units share, the subtotals in an array beside it, in plan
 * order. A linked hash map of its own per unit and system was most of a summary (about 100 MB at
 * 50,000 units). Read-only; equal to any map of the same entries.
 */
final class CategoryTotals extends AbstractMap<String, BigDecimal> {
    private final String[] codes;
    private final BigDecimal[] totals;

    /** @param codes shared, never changed; {@code totals[i]} is the subtotal of {@code codes[i]} */
    CategoryTotals(String[] codes, BigDecimal[] totals) {
        if (codes.length != totals.length) {
            throw new IllegalArgumentException(codes.length + " categories, " + totals.length + " subtotals");
        }
        this.codes = codes;
        this.totals = totals;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public BigDecimal get(Object key) {
        int i = index(key);
        return i < 0 ? null : totals[i];
    }

    /** A system has a handful of categories: a look along them beats hashing. */
    private int index(Object key) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return codes.length;
            }

            @Override
            public Iterator<Entry<String, BigDecimal>> iterator() {
                return IntStream.range(0, codes.length)
                        .<Entry<String, BigDecimal>>mapToObj(i -> new SimpleImmutableEntry<>(codes[i], totals[i]))
                        .iterator();
            }
        };
    }
}
