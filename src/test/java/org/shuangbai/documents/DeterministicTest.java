package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A PDF's shape: subset tags, a stream with a date-like text, the Info dictionary's dates, the file ID. */
    private static String pdf(String[] tags, String creation, String modified, String id, String id2) {
        return "%PDF-1.5\n1 0 obj<</BaseFont/" + tags[0] + "+NotoSerifCJKsc-Regular/FontName/" + tags[0]
                + "+NotoSerifCJKsc-Regular>>endobj\n2 0 obj<</BaseFont/" + tags[1] + "+FandolFang-Regular>>stream\n"
                + "x".repeat(5000) + " (/CreationDate(D:20261201101010+08'00')) /ZZ+ /abcdef+ endstream\nendobj\n"
                + "3 0 obj<</FontName/" + tags[0] + "+NotoSerifCJKsc-Regular/B/" + tags[2] + "+LXGWWenKai>>endobj\n"
                + "4 0 obj<</Title(t)/CreationDate(" + creation + ")/ModDate(" + modified + ")>>endobj\n"
                + "xref\n0 5\ntrailer\n<</Size 5/Root 1 0 R/Info 4 0 R/ID [<" + id + "><" + id2 + ">]>>\n"
                + "startxref\n123\n%%EOF\n";
    }

    @Test
    void aPdfGetsTagsInOrderTheDocumentDateAndAnIdFromItsContentWhateverTheWindow(@TempDir Path dir) throws Exception {
        String in = pdf(new String[] {"QWERTZ", "XYZABC", "LMNOPQ"}, "D:20261201153012+08'00'", "D:20261201153012Z",
                "0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210");
        // what the fix gave when it worked on the whole file in memory (the same bytes since)
        String out = pdf(new String[] {"AAAAAA", "AAAAAB", "AAAAAC"}, "D:20100220000000+08'00'", "D:20100220000000Z",
                "85313B4426DEAA85B7EE4ACDC46A9E3F", "85313B4426DEAA85B7EE4ACDC46A9E3F");
        // windows of 13 and 100 bytes put tags and keys across their edges; 4096 and the default hold more
        for (int window : new int[] {13, 100, 4096, 256 * 1024}) {
            Path file = dir.resolve("w" + window + ".pdf");
            Files.writeString(file, in, StandardCharsets.ISO_8859_1);
            Deterministic.pdf(file, LocalDate.of(2010, 2, 20), window);
            assertEquals(out, Files.readString(file, StandardCharsets.ISO_8859_1), "window " + window);
        }
    }

    /**
     * Streams with a direct /Length whose data ends in "endstream" there are stepped over (a tag-like text in
     * their data stays as it is); one whose length is another object's, or wrong, is read as before.
     */
    @Test
    void streamDataWithADirectLengthIsSteppedOverAndTheRestReadAsBefore(@TempDir Path dir) throws Exception {
        String data = "x".repeat(300) + "/QWERTY+Inside" + "y".repeat(300);
        String in = "%PDF-1.5\n1 0 obj\n<</BaseFont/QWERTY+NotoSerifCJKsc-Regular>>\nendobj\n"
                + "2 0 obj\n<</Filter/FlateDecode/Length " + data.length() + ">>stream\n" + data + "\nendstream\nendobj\n"
                + "3 0 obj\n<</Length " + data.length() + ">>stream\r\n" + data + "\r\nendstream\nendobj\n"
                + "4 0 obj\n<</Length 9 0 R>>stream\n" + data.replace("QWERTY", "LMNOPQ") + "\nendstream\nendobj\n"
                + "5 0 obj\n<</Length 17>>stream\n" + data.replace("QWERTY", "XYZABC") + "\nendstream\nendobj\n"
                + "6 0 obj\n<</FontName/XYZABC+FandolHei/B/QWERTY+NotoSerifCJKsc-Regular>>\nendobj\n";
        String out = in.replace("/BaseFont/QWERTY", "/BaseFont/AAAAAA")
                .replace("/LMNOPQ+Inside", "/AAAAAB+Inside") // indirect length: read
                .replace("/XYZABC+Inside", "/AAAAAC+Inside") // wrong length: read
                .replace("/XYZABC+FandolHei/B/QWERTY", "/AAAAAC+FandolHei/B/AAAAAA");
        for (int window : new int[] {13, 100, 4096, 256 * 1024}) {
            Path file = dir.resolve("s" + window + ".pdf");
            Files.writeString(file, in, StandardCharsets.ISO_8859_1);
            Deterministic.pdf(file, LocalDate.of(2010, 2, 20), window);
            assertEquals(out, Files.readString(file, StandardCharsets.ISO_8859_1), "window " + window);
        }
    }
}
