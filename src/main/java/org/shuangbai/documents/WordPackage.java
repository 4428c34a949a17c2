package org.shuangbai.documents;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word package as POI saved it with a placeholder once in its document XML, already in the form
 * {@link Deterministic#office} gives a file (entry times, document dates, drawing ids), so that a
 * document is written in one pass: the package's parts as they are and, in the placeholder's place,
 * what a {@link WordXml.PartWriter} writes (texts in the form POI saves them, no drawings). Before, each
 * letter's package was written to a temporary file, read back, and every part inflated and deflated
 * again to fix it; the template was opened and its digest taken once more per letter.
 */
final class WordPackage {
    private record Part(String name, byte[] content) {
    }

    private final List<Part> parts;
    private final LocalDate date;
    /** The document XML before and after the placeholder. */
    private final byte[] head;
    private final byte[] tail;

    private WordPackage(List<Part> parts, LocalDate date, byte[] head, byte[] tail) {
        this.parts = parts;
        this.date = date;
        this.head = head;
        this.tail = tail;
    }

    /** The package {@code docx}, fixed for {@code date}, with {@code placeholder} (ASCII) once in its document XML. */
    static WordPackage of(byte[] docx, String placeholder, LocalDate date) throws IOException {
        List<Part> parts = new ArrayList<>();
        byte[] head = null;
        byte[] tail = null;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] content = zin.readAllBytes();
                if (e.getName().equals(Deterministic.CORE)) {
                    content = Deterministic.coreDates(content, date);
                } else if (Deterministic.hasDrawings(e.getName())) {
                    // the placeholder's content has no drawings: numbering the ids around it numbers the whole
                    ByteArrayOutputStream fixed = new ByteArrayOutputStream(content.length);
                    Deterministic.drawingIds(new ByteArrayInputStream(content), fixed);
                    content = fixed.toByteArray();
                }
                if (e.getName().equals(WordXml.DOCUMENT)) {
                    // ISO-8859-1: one char per byte, so the ASCII placeholder's index is its byte offset
                    String xml = new String(content, StandardCharsets.ISO_8859_1);
                    int at = xml.indexOf(placeholder);
                    if (at < 0 || xml.indexOf(placeholder, at + 1) >= 0) {
                        throw new IllegalStateException("the placeholder " + placeholder + " is not once in " + WordXml.DOCUMENT);
                    }
                    head = java.util.Arrays.copyOfRange(content, 0, at);
                    tail = java.util.Arrays.copyOfRange(content, at + placeholder.length(), content.length);
                    content = null;
                }
                parts.add(new Part(e.getName(), content));
            }
        }
        if (head == null) {
            throw new IllegalStateException("no " + WordXml.DOCUMENT);
        }
        return new WordPackage(List.copyOf(parts), date, head, tail);
    }

    /** The document, with what {@code writer} writes in the placeholder's place, to {@code out} (closed). */
    void write(WordXml.PartWriter writer, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Part part : parts) {
                zip.putNextEntry(Deterministic.entry(part.name(), date));
                if (part.content() != null) {
                    zip.write(part.content());
                } else {
                    zip.write(head);
                    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    writer.write(w);
                    w.flush(); // not closed: that would close the zip
                    zip.write(tail);
                }
                zip.closeEntry();
            }
        }
    }
}
