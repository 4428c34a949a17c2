package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CategoryTotalsTest {
    private static final String[] CODES = {"ZD", "GZ", "GG"};

    @Test
    void readsAsTheMapOfTheSameSubtotalsInPlanOrder() {
        Map<String, BigDecimal> totals = new CategoryTotals(CODES,
                new BigDecimal[] {new BigDecimal("45.50"), new BigDecimal("30.00"), new BigDecimal("8.25")});
        Map<String, BigDecimal> same = new LinkedHashMap<>();
        same.put("ZD", new BigDecimal("45.50"));
        same.put("GZ", new BigDecimal("30.00"));
        same.put("GG", new BigDecimal("8.25"));

        assertEquals(same, totals);
        assertEquals(totals, same);
        assertEquals(same.hashCode(), totals.hashCode());
        assertEquals(List.of("ZD", "GZ", "GG"), List.copyOf(totals.keySet()));
        assertEquals(new BigDecimal("30.00"), totals.get("GZ"));
        assertTrue(totals.containsKey("GG"));
        assertNull(totals.get("XX"));
        assertFalse(totals.containsKey(null));
        assertEquals("{ZD=45.50, GZ=30.00, GG=8.25}", totals.toString());
        assertThrows(UnsupportedOperationException.class, () -> totals.put("XX", BigDecimal.ONE));
    }

    @Test
    void aSubtotalForEachCode() {
        assertThrows(IllegalArgumentException.class, () -> new CategoryTotals(CODES, new BigDecimal[2]));
    }
}
