package org.shuangbai.documents;

import java.text.AttributedCharacterIterator.Attribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.TabStop;
import net.sf.jasperreports.engine.fill.DynamicPropertiesHolder;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.util.AbstractTextMeasurerFactory;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextAttribute;

/**
 * JasperReports' text measurer (how much of a text fits in its box while a report is filled) with each
 * measurement kept per thread and given again for a text measured the same way: the same element of the
 * same design, the same styled text, the same box. Letters share most of their texts (headings, fixed
 * sentences, indicator names), and breaking them into lines was most of the fill's text work.
 *
 * <p>The one input that changes from letter to letter is the height left on the page. JasperReports'
 * measurer consults it only to ask, line by line, whether the text so far still fits; so a measurement in
 * which every line fitted is the one any height at least as large as its text's height gives, and only
 * such measurements are kept, with that height. Anything else (a text cut by the page, HTML lists, whose
 * measuring counts list items in the text itself, properties that change per row) is measured every time.
 * Registered as the context's text measurer factory in {@link FontCatalog#context()}.
 */
public final class KeptMeasuresFactory extends AbstractTextMeasurerFactory {
    /** Measurements kept per thread, the least recently used going first. */
    static final int KEPT = 2048;

    /** A key part standing for "the global attributes are the first run's map itself". */
    private static final Object FIRST_RUN = new Object();

    private static final ThreadLocal<Measures> KEPT_MEASURES = ThreadLocal.withInitial(Measures::new);

    /** One thread's kept measurements, and how many measurements it gave from them. */
    private static final class Measures extends LinkedHashMap<ValueKey, Kept> {
        long reused;

        Measures() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ValueKey, Kept> eldest) {
            return size() > KEPT;
        }
    }

    /** Public with no arguments: JasperReports makes it from its class name (context property). */
    public KeptMeasuresFactory() {
    }

    /** How many measurements this thread gave from kept ones: tests see that they were used. */
    static long reused() {
        return KEPT_MEASURES.get().reused;
    }

    @Override
    public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText text) {
        return new KeptMeasurer(FontUtil.getInstance(context), text);
    }

    @Override
    public JRTextMeasurer createMeasurer(FontUtil fontUtil, JRCommonText text) {
        return new KeptMeasurer(fontUtil, text);
    }

    /** A complete measurement and the text height each of its lines was checked against. */
    private record Kept(JRMeasuredText measured, float height) {
    }

    private static final class KeptMeasurer extends TextMeasurer {
        private final boolean keepable;
        private boolean cut;
        private float linesHeight;

        KeptMeasurer(FontUtil fontUtil, JRCommonText element) {
            super(fontUtil, element);
            keepable = element instanceof JRElement e && e.getUUID() != null
                    && !(element instanceof DynamicPropertiesHolder d
                            && (d.hasDynamicProperty(JRStyledText.PROPERTY_AWT_IGNORE_MISSING_FONT)
                                    || d.hasDynamicProperty(JRTextElement.PROPERTY_SAVE_LINE_BREAKS)));
        }

        @Override
        public JRMeasuredText measure(JRStyledText styledText, int remainingTextStart, int availableStretchHeight,
                boolean indentFirstLine, boolean canOverflow) {
            ValueKey key = keepable ? key(styledText, remainingTextStart, indentFirstLine, canOverflow) : null;
            Measures kept = KEPT_MEASURES.get();
            if (key != null) {
                Kept k = kept.get(key);
                if (k != null && k.height() <= maxHeight(availableStretchHeight)) {
                    kept.reused++;
                    return k.measured();
                }
            }
            cut = false;
            linesHeight = 0;
            JRMeasuredText measured = super.measure(styledText, remainingTextStart, availableStretchHeight,
                    indentFirstLine, canOverflow);
            if (key != null && !cut) {
                kept.put(key.kept(), new Kept(measured, linesHeight));
            }
            return measured;
        }

        /** Notes whether a line did not fit, and the height each fitting line was checked against. */
        @Override
        protected boolean renderNextLine(net.sf.jasperreports.engine.fill.TextLineWrapper lineWrapper,
                List<Integer> tabIndexes, int[] currentTabHolder, TabStop[] nextTabStopHolder,
                boolean[] requireNextWordHolder) {
            boolean fits = super.renderNextLine(lineWrapper, tabIndexes, currentTabHolder, nextTabStopHolder,
                    requireNextWordHolder);
            if (fits) {
                // the line was checked as "its text height <= the height left" and that height is now the state's
                linesHeight = Math.max(linesHeight, measuredState.getTextHeight());
            } else {
                cut = true;
            }
            return fits;
        }

        /** The height {@code TextMeasurer.initialize} gives the text, its box turned as the text is. */
        private int maxHeight(int availableStretchHeight) {
            var box = textElement.getLineBox();
            boolean sideways = textElement.getRotation() == RotationEnum.LEFT
                    || textElement.getRotation() == RotationEnum.RIGHT;
            int h = sideways ? textElement.getWidth() : textElement.getHeight();
            int paddings = sideways ? box.getLeftPadding() + box.getRightPadding()
                    : box.getTopPadding() + box.getBottomPadding();
            return Math.max(0, h + availableStretchHeight - paddings);
        }

        /** What decides a measurement besides the height left (see the class comment); null: not kept. */
        private ValueKey key(JRStyledText styledText, int start, boolean indentFirstLine, boolean canOverflow) {
            for (JRStyledText.Run r : styledText.getRuns()) {
                if (r.attributes != null && (r.attributes.containsKey(JRTextAttribute.HTML_LIST)
                        || r.attributes.containsKey(JRTextAttribute.HTML_LIST_ITEM))) {
                    return null;
                }
            }
            Map<Attribute, Object> global = styledText.getGlobalAttributes();
            var box = textElement.getLineBox();
            List<JRStyledText.Run> runs = styledText.getRuns();
            // a plain text's global attributes are its one run's map: said once, compared once
            Object globalPart = !runs.isEmpty() && runs.get(0).attributes == global ? FIRST_RUN : global;
            return new ValueKey.Parts().add(styledText.getText()).add(((JRElement) textElement).getUUID())
                    .add(jasperReportsContext).add(styledText.getLocale())
                    .add(globalPart).add(start).add(indentFirstLine)
                    .add(canOverflow).add(textElement.getWidth()).add(textElement.getHeight())
                    .add(box.getTopPadding()).add(box.getLeftPadding()).add(box.getBottomPadding())
                    .add(box.getRightPadding()).add(textElement.getRotation()).add(textElement.getMarkup())
                    .add(textElement.getFontSize()).paragraph(textElement.getParagraph()).runs(runs)
                    .key();
        }
    }
}
