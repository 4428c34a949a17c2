package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.fonts.AwtFontAttribute;
import net.sf.jasperreports.engine.util.JRStyledText;
import org.junit.jupiter.api.Test;
import org.shuangbai.documents.GlyphPdfProducerFactory.GlyphChoice;

/** What decides JasperReports' choice of the glyph renderer, read as JasperReports reads it. */
class GlyphChoiceTest {
    private static final Map<Attribute, Object> BOLD_SERIF = Map.of(TextAttribute.FAMILY, "Noto Serif CJK SC",
            TextAttribute.SIZE, 16f, TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);

    @Test
    void blocksAreTheNamedOnes() {
        assertEquals(Set.of(Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, Character.UnicodeBlock.BASIC_LATIN),
                GlyphChoice.blocks(List.of("CJK_UNIFIED_IDEOGRAPHS, nonsense", " ,BASIC_LATIN")));
    }

    @Test
    void aTextIsInTheBlocksByAnyOfItsCharacters() {
        Set<Character.UnicodeBlock> cjk = Set.of(Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS);
        assertTrue(GlyphChoice.inBlocks(cjk, "S01 合计"));
        assertFalse(GlyphChoice.inBlocks(cjk, "85.5"));
        assertFalse(GlyphChoice.inBlocks(cjk, "（）"));
        assertFalse(GlyphChoice.inBlocks(cjk, null));
    }

    @Test
    void aTextOfOneRunHasItsRunsFont() {
        JRStyledText text = new JRStyledText(Locale.CHINA, "合计", BOLD_SERIF);
        assertEquals(new GlyphChoice.Font(new AwtFontAttribute("Noto Serif CJK SC", null), false, true, Locale.CHINA, false),
                GlyphChoice.font(text, Locale.CHINA, false));
    }

    @Test
    void anyOtherTextIsLeftToJasperReports() {
        JRStyledText two = new JRStyledText(Locale.CHINA, "合计", null, List.of(new JRStyledText.Run(BOLD_SERIF, 0, 1),
                new JRStyledText.Run(Map.of(TextAttribute.FAMILY, "Noto Sans CJK SC"), 1, 2)));
        assertNull(GlyphChoice.font(two, Locale.CHINA, false));
        JRStyledText part = new JRStyledText(Locale.CHINA, "合计", null, List.of(new JRStyledText.Run(BOLD_SERIF, 0, 1)));
        assertNull(GlyphChoice.font(part, Locale.CHINA, false));
        assertNull(GlyphChoice.font(new JRStyledText(Locale.CHINA, "合计", Map.of(TextAttribute.SIZE, 16f)), Locale.CHINA, false));
        assertNull(GlyphChoice.font(new JRStyledText(Locale.CHINA, "", BOLD_SERIF), Locale.CHINA, false));
    }
}
