package org.shuangbai.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.TabStop;
import net.sf.jasperreports.engine.util.JRStyledText;

/**
 * A map key made of parts, equal to another of the same parts in the same order, its hash computed once
 * and its comparison plain code. The kept text layouts and measurements are looked up by keys of twenty and
 * more parts for every text; as records, whose generated equals and hashCode go through method handles that
 * the C1-only JIT of jvm.options does not inline, the lookups cost more than half of what they saved.
 *
 * <p>A key made for a lookup holds the maps it was given (a text's attribute maps), not copies: most lookups
 * find a kept key, and copying every run's map for each of them cost more than the measuring it saved. The
 * maps JasperReports hands over are not changed once a styled text is made, but a kept key outlives the text,
 * so what is kept is {@link #kept()}, whose maps are its own.
 */
public final class ValueKey {
    private final Object[] parts;
    private final int hash;

    /** A key of {@code parts}, which it keeps: the caller hands over the array and no longer changes it. */
    public ValueKey(Object[] parts) {
        this.parts = parts;
        this.hash = Arrays.hashCode(parts);
    }

    /**
     * This key as a map may keep it: equal to this one, with a copy of each map part, so that nothing done
     * later to the maps a lookup was made with changes a kept key.
     */
    public ValueKey kept() {
        Object[] own = null;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] instanceof Map<?, ?> m) {
                if (own == null) {
                    own = parts.clone();
                }
                own[i] = new HashMap<>(m);
            }
        }
        return own == null ? this : new ValueKey(own, hash);
    }

    private ValueKey(Object[] parts, int hash) {
        this.parts = parts;
        this.hash = hash;
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

        /** The style runs of a text: each one's attributes (the map itself, see {@link #kept()}), where it starts and ends. */
        public Parts runs(List<JRStyledText.Run> runs) {
            add(runs.size());
            for (JRStyledText.Run r : runs) {
                add(r.attributes).add(r.startIndex).add(r.endIndex);
            }
            return this;
        }

        public ValueKey key() {
            return new ValueKey(parts.toArray());
        }
    }
}
