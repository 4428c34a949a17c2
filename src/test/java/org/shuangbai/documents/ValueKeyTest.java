package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.util.JRStyledText;
import org.junit.jupiter.api.Test;

/** Keys of the kept layouts and measurements: made without copies, kept with their own maps. */
class ValueKeyTest {
    @Test
    void aLookupKeyHoldsTheRunsMapsAndAKeptKeyCopiesOfThem() {
        Map<Attribute, Object> attributes = new HashMap<>(Map.of(TextAttribute.FAMILY, "宋体", TextAttribute.SIZE, 10f));
        ValueKey lookup = new ValueKey.Parts().add("一、总体情况").add(120)
                .runs(List.of(new JRStyledText.Run(attributes, 0, 6))).key();
        ValueKey kept = lookup.kept();

        assertEquals(lookup, kept);
        assertEquals(lookup.hashCode(), kept.hashCode());
        attributes.put(TextAttribute.FOREGROUND, Color.RED);
        assertNotEquals(lookup, kept, "the lookup key sees its map change; the kept one does not");
        assertEquals(new ValueKey.Parts().add("一、总体情况").add(120)
                .runs(List.of(new JRStyledText.Run(Map.of(TextAttribute.FAMILY, "宋体", TextAttribute.SIZE, 10f), 0, 6)))
                .key(), kept);
    }

    @Test
    void aKeyWithoutMapsIsKeptAsItIs() {
        ValueKey key = new ValueKey.Parts().add("87.50").add(40).add(null).key();
        assertSame(key, key.kept());
    }

    @Test
    void partsInAnotherOrderMakeAnotherKey() {
        assertNotEquals(new ValueKey.Parts().add(10).add(20).key(), new ValueKey.Parts().add(20).add(10).key());
    }
}
