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
    void idsAcrossTheReadingWindowsAreRenumberedAlike() throws Exception {
        // larger than one 1 MiB window, with markers on both sides of every window boundary
        StringBuilder in = new StringBuilder();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (in.length() < 3 * (1 << 20)) {
            String filler = "正文".repeat(i % 97) + "x".repeat(i % 13);
            in.append(filler).append("<wp:docPr id=\"").append(900000 + i % 500).append("\"/>");
            out.append(filler).append("<wp:docPr id=\"").append(1 + i % 500).append("\"/>");
            i++;
        }
        assertEquals(out.toString(), Deterministic.drawingIds(in.toString()));
    }

    @Test
    void textThatOnlyLooksLikeAnIdIsKept() {
        String in = "<wp:docPr id=\"\"/><wp:docPr id=\"12x\"/><<wp:docPr id=\"9\"/>正文<wp:docPr id=\"4";
        String out = "<wp:docPr id=\"\"/><wp:docPr id=\"12x\"/><<wp:docPr id=\"1\"/>正文<wp:docPr id=\"4";
        assertEquals(out, Deterministic.drawingIds(in));
    }
}
