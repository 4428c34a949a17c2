package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document written into a {@link WordPackage} is the file the render used to fix afterwards ({@link Deterministic#office}). */
class WordPackageTest {
    @TempDir
    Path dir;

    private static final String PLACEHOLDER = "<w:p><w:r><w:t>{body}</w:t></w:r></w:p>";
    private static final LocalDate DATE = LocalDate.of(2010, 2, 20);

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> parts(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("docProps/core.xml", "<cp:coreProperties><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-01T17:03:00Z"
                + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-12-01T17:03:00Z</dcterms:modified>"
                + "</cp:coreProperties>");
        parts.put("word/document.xml", "<w:document><w:body><wp:docPr id=\"7341\"/><pic:cNvPr id=\"99\"/>" + body
                + "<wp:docPr id=\"12\"/><pic:cNvPr id=\"7341\"/><w:t>标题 &amp; 正文</w:t></w:body></w:document>");
        parts.put("word/header1.xml", "<w:hdr><wp:docPr id=\"55\"/><wp:docPr id=\"4\"/></w:hdr>");
        parts.put("word/media/image1.png", "<wp:docPr id=\"55\"/> not a Word part");
        return parts;
    }

    @Test
    void aDocumentInThePackageIsTheFileTheRenderFixedAfterwards() throws IOException {
        String body = "<w:p><w:r><w:t>第一段 \"引号\" > 0 &amp; 𠀀</w:t></w:r></w:p>";
        Path raw = dir.resolve("raw.docx");
        Path fixed = dir.resolve("fixed.docx");
        Files.write(raw, zip(parts(body)));
        Deterministic.office(raw, fixed, DATE);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        WordPackage.of(zip(parts(PLACEHOLDER)), PLACEHOLDER, DATE).write(w -> w.write(body), written);
        assertArrayEquals(Files.readAllBytes(fixed), written.toByteArray());
    }

    @Test
    void thePlaceholderMustBeInTheDocumentOnce() throws IOException {
        byte[] none = zip(parts(""));
        byte[] twice = zip(parts(PLACEHOLDER + PLACEHOLDER));
        assertThrows(IllegalStateException.class, () -> WordPackage.of(none, PLACEHOLDER, DATE));
        assertThrows(IllegalStateException.class, () -> WordPackage.of(twice, PLACEHOLDER, DATE));
    }
}
