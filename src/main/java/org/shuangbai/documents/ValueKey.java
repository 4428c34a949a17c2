package org.shuangbai.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.TabStop;
import net.sf.jasperreports.engine.util.JRStyledText;

/**
 * A map key made of parts, equal to another of the same parts in the same order, its hash computed once
 * and its comparison plain code. The kept text layouts and measurements are looked up by keys of twenty and
 * more parts for every text; as records, whose generated equals and hashCode go through method handles that
 * the C1-only JIT of jvm.options does not inline, the lookups cost more than half of what they saved.
 */
public final class ValueKey {
    private final Object[] parts;
    private final int hash;

    /** A key of {@code parts}, which it keeps: the caller hands over the array and no longer changes it. */
    public ValueKey(Object[] parts) {
        this.parts = parts;
        this.hash = Arrays.hashCode(parts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueKey k && k.hash == hash && Arrays.equals(k.parts, parts);
    }

    /** The parts of a key, added one by one. */
    public static final class Parts {
        private final List<Object> parts = new ArrayList<>(48);

        public Parts add(Object part) {
            parts.add(part);
            return this;
        }

        /** A paragraph's settings that decide its lines: spacing, indents, tab stops. */
        public Parts paragraph(JRParagraph p) {
            add(p.getLineSpacing()).add(p.getLineSpacingSize()).add(p.getFirstLineIndent()).add(p.getLeftIndent())
                    .add(p.getRightIndent()).add(p.getSpacingBefore()).add(p.getTabStopWidth());
            TabStop[] stops = p.getTabStops();
            add(stops == null ? -1 : stops.length); // no tab stops and an empty list of them are told apart
            if (stops != null) {
                for (TabStop t : stops) {
                    add(t.getPosition()).add(t.getAlignment());
                }
            }
            return this;
        }

        /** The style runs of a text: each one's attributes (copied) and where it starts and ends. */
        public Parts runs(List<JRStyledText.Run> runs) {
            add(runs.size());
            for (JRStyledText.Run r : runs) {
                add(r.attributes == null ? null : new HashMap<>(r.attributes)).add(r.startIndex).add(r.endIndex);
            }
            return this;
        }

        public ValueKey key() {
            return new ValueKey(parts.toArray());
        }
    }
}
