package org.shuangbai.tables;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.shuangbai.text.Messages;

/**
 * The text encoding of a raw file as recognised from its bytes, never guessed silently: a UTF-8 BOM,
 * bytes that are all valid UTF-8, or (when some are not) GB18030, the superset of the GBK that WPS
 * and many Chinese web systems export. {@link #describe()} says which was used and why.
 *
 * @param firstForeignLine for GB18030, the first line holding bytes that are not UTF-8; else 0
 */
public record TextEncoding(Kind kind, long firstForeignLine) {

    public enum Kind {
        /** UTF-8 announced by a byte order mark. */
        UTF8_BOM(StandardCharsets.UTF_8),
        /** No BOM, every byte sequence valid UTF-8, some beyond ASCII. */
        UTF8(StandardCharsets.UTF_8),
        /** Only ASCII bytes: UTF-8 and GBK read the same. */
        ASCII(StandardCharsets.UTF_8),
        /** Not UTF-8, but valid GB18030 (GBK's superset). */
        GB18030(Charset.forName("GB18030")),
        /** An .xlsx workbook: its XML is Unicode, no encoding to recognise. */
        XLSX(StandardCharsets.UTF_8);

        private final Charset charset;

        Kind(Charset charset) {
            this.charset = charset;
        }
    }

    public Charset charset() {
        return kind.charset;
    }

    /** The Chinese sentence printed with every import, e.g. "GBK/GB18030（第 3 行起有…）". */
    public String describe() {
        return switch (kind) {
            case UTF8_BOM -> Messages.text("imports.encoding.utf8Bom");
            case UTF8 -> Messages.text("imports.encoding.utf8");
            case ASCII -> Messages.text("imports.encoding.ascii");
            case GB18030 -> Messages.text("imports.encoding.gb18030", "line", firstForeignLine);
            case XLSX -> Messages.text("imports.encoding.xlsx");
        };
    }

    /** The short name stored with an import, e.g. GB18030. */
    public String code() {
        return kind.name();
    }
}
