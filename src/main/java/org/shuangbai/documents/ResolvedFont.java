package org.shuangbai.documents;

import java.awt.Font;
import java.nio.file.Path;

import org.shuangbai.text.Messages;

/**
 * The font file chosen for a role.
 *
 * @param index      face index inside a .ttc collection (0 for .ttf/.otf)
 * @param name       the face's name as offices know it (e.g. 仿宋, Noto Serif CJK SC)
 * @param origin     where it came from, in Chinese (设置 / Windows 字体 / Linux 字体包 …)
 * @param substitute non-null when this is a stand-in for the role's proper font, saying which
 */
public record ResolvedFont(FontRole role, Path file, int index, Font awtFont, String name, String origin,
                           String substitute) {

    boolean isCollection() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    /** The font location as JasperReports' PDF exporter takes it: a TTC face is "path,index". */
    String pdfLocation() {
        String path = file.toAbsolutePath().toString();
        return isCollection() ? path + "," + index : path;
    }

    /** One line for the console. */
    public String describe() {
        String line = Messages.text(isCollection() ? "documents.font.line.collection" : "documents.font.line",
                "role", role.label(), "name", name, "origin", origin, "file", file, "index", index);
        return substitute == null ? line : Messages.text("documents.font.line.substitute", "line", line,
                "substitute", substitute);
    }
}
