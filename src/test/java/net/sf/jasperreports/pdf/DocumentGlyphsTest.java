package net.sf.jasperreports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.base.JRBaseParagraph;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.type.LineSpacingEnum;
import org.junit.jupiter.api.Test;
import org.shuangbai.documents.ValueKey;

/** The paragraph part of a kept layout's key: read once per document, one object per thread for equal settings. */
class DocumentGlyphsTest {
    @Test
    void equalParagraphsOfTwoDocumentsGiveOneKeyPartAndOtherSettingsAnother() {
        LaidOutGlyphRenderer.Layouts layouts = new LaidOutGlyphRenderer.Layouts();
        ValueKey first = new LaidOutGlyphRenderer.DocumentGlyphs().paragraph(paragraph(24, 2f), layouts);
        ValueKey second = new LaidOutGlyphRenderer.DocumentGlyphs().paragraph(paragraph(24, 2f), layouts);
        ValueKey indented = new LaidOutGlyphRenderer.DocumentGlyphs().paragraph(paragraph(28, 2f), layouts);
        ValueKey spaced = new LaidOutGlyphRenderer.DocumentGlyphs().paragraph(paragraph(24, 1.5f), layouts);

        assertSame(first, second, "equal settings, read in two documents: the same part");
        assertEquals(new ValueKey.Parts().paragraph(paragraph(24, 2f)).key(), first);
        assertNotEquals(first, indented);
        assertNotEquals(first, spaced);
    }

    @Test
    void aDocumentReadsEachParagraphOnce() {
        LaidOutGlyphRenderer.DocumentGlyphs document = new LaidOutGlyphRenderer.DocumentGlyphs();
        LaidOutGlyphRenderer.Layouts layouts = new LaidOutGlyphRenderer.Layouts();
        JRParagraph p = paragraph(24, 2f);
        assertSame(document.paragraph(p, layouts), document.paragraph(p, layouts));
    }

    /** A text field's paragraph: first line indented by {@code indent} points, proportional line spacing. */
    private static JRParagraph paragraph(int indent, float spacing) {
        JRDesignTextField field = new JRDesignTextField();
        JRBaseParagraph p = (JRBaseParagraph) field.getParagraph();
        p.setFirstLineIndent(indent);
        p.setLineSpacing(LineSpacingEnum.PROPORTIONAL);
        p.setLineSpacingSize(spacing);
        return p;
    }
}
