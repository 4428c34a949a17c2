package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeterministicTest {

    @Test
    void drawingIdsAreNumberedInOrderOfFirstAppearance() {
        String in = "<w:p><wp:docPr id=\"83920\" name=\"图 1\"/><pic:cNvPr id=\"83920\" name=\"a\"/>"
                + "<wp:docPr id=\"7\"/><pic:cNvPr id=\"555\"/><wp:docPr id=\"7\"/></w:p>";
        String out = "<w:p><wp:docPr id=\"1\" name=\"图 1\"/><pic:cNvPr id=\"1\" name=\"a\"/>"
                + "<wp:docPr id=\"2\"/><pic:cNvPr id=\"3\"/><wp:docPr id=\"2\"/></w:p>";
        assertEquals(out, Deterministic.drawingIds(in));
    }

    @Test
    void textThatOnlyLooksLikeAnIdIsKept() {
        String in = "<wp:docPr id=\"\"/><wp:docPr id=\"12x\"/><<wp:docPr id=\"9\"/>正文<wp:docPr id=\"4";
        String out = "<wp:docPr id=\"\"/><wp:docPr id=\"12x\"/><<wp:docPr id=\"1\"/>正文<wp:docPr id=\"4";
        assertEquals(out, Deterministic.drawingIds(in));
    }
}
