package org.shuangbai.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.shuangbai.Workspace;

/**
 * The Word documents that are the template's page with a body of their own: the letters, the 立项
 * check's rectification notices and its report. The template is saved by POI once, without the notice's
 * 版头 and with a placeholder for the body ({@link DocxLetter#letters}); each document is that package with
 * its body written in the placeholder's place, in the form POI would have saved it: the same file, byte
 * for byte, without parsing the template, the body and the package's parts and saving them again per
 * document. A body holding a text whose saved form is not certain ({@link WordXml.SavedTexts}) goes through
 * POI. Safe from several threads.
 */
final class BodyDocx {
    private final Workspace workspace;
    private final LocalDate date;
    private WordPackage bodies; // see bodies()

    /** @param date the documents' date, which their package properties carry */
    BodyDocx(Workspace workspace, LocalDate date) {
        this.workspace = workspace;
        this.date = date;
    }

    /** Writes {@code file}: the body {@code body} makes, each of its texts as the operator it is given writes them. */
    Path write(Path file, Function<UnaryOperator<String>, String> body) throws IOException {
        WordXml.SavedTexts texts = new WordXml.SavedTexts();
        String saved = body.apply(texts);
        if (texts.uncertain()) {
            return Renderer.word(workspace, date, file,
                    (template, out) -> DocxLetter.throughPoi(body.apply(WordXml::escape), template, out));
        }
        WordPackage p = bodies();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            p.write(w -> w.write(saved), out);
        }
        return file;
    }

    /** The package, made by the first document written. */
    private synchronized WordPackage bodies() throws IOException {
        if (bodies == null) {
            try (InputStream template = Renderer.wordTemplate(workspace)) {
                bodies = DocxLetter.letters(template, date);
            }
        }
        return bodies;
    }
}
