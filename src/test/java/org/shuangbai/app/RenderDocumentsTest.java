package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.cli.ExitCode;
import org.shuangbai.cli.Main;
import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.FontCatalog;

/**
 * The render as the demo runs it, the year scored beside it: the designs are loaded before the render's
 * listener hears of the fonts (where the demo reports its earlier steps), and a design that cannot be
 * loaded still fails only after that.
 */
class RenderDocumentsTest {
    @TempDir
    Path dir;

    /** Stops the render once the listener has been told, before any document is made. */
    private static final class Told extends RuntimeException {
        Told() {
            super("told");
        }
    }

    private Workspace workspace() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(ExitCode.OK, Main.run("init", ws.toString()));
        return new Workspace(ws);
    }

    private static Path editReminders(Workspace ws, String from, String to) throws Exception {
        Path design = ws.root().resolve("reports/reminders.jrxml");
        String text = Files.readString(design);
        assertTrue(text.contains(from), from);
        Files.writeString(design, text.replace(from, to));
        return design;
    }

    private static List<Path> compiled(Workspace ws) throws Exception {
        Path cache = ws.privateDir().resolve("reports");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.toList();
        }
    }

    @Test
    void theDesignsAreLoadedBeforeTheListenerIsTold() throws Exception {
        Workspace ws = workspace();
        editReminders(ws, "[CDATA[未交表格]]", "[CDATA[尚缺表格]]"); // an office's design: compiled when loaded
        List<List<Path>> compiledWhenTold = new ArrayList<>();
        RenderDocuments.Listener listener = new RenderDocuments.Listener() {
            @Override
            public void fontsChosen(FontCatalog fonts) {
                try {
                    compiledWhenTold.add(compiled(ws));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new Told();
            }
        };
        assertThrows(Told.class, () -> RenderDocuments.run(ws, true, listener, () -> {
            throw new AssertionError("no ledger: nothing scored to ask for");
        }));
        assertEquals(1, compiledWhenTold.size());
        assertEquals(1, compiledWhenTold.get(0).size(), compiledWhenTold.get(0)::toString);
        assertTrue(compiledWhenTold.get(0).get(0).getFileName().toString().startsWith("reminders-"));
    }

    @Test
    void aBrokenDesignFailsOnlyAfterTheListenerIsTold() throws Exception {
        Workspace ws = workspace();
        Path design = editReminders(ws, "<detail>", "<detail><oops/>");
        List<String> heard = new ArrayList<>();
        RenderDocuments.Listener listener = new RenderDocuments.Listener() {
            @Override
            public void fontsChosen(FontCatalog fonts) {
                heard.add("fonts");
            }
        };
        DesignException failure = assertThrows(DesignException.class, () -> RenderDocuments.run(ws, true, listener,
                () -> {
                    throw new AssertionError("no ledger: nothing scored to ask for");
                }));
        assertEquals(List.of("fonts"), heard);
        assertTrue(failure.getMessage().contains(design.getFileName().toString()), failure.getMessage());
        assertFalse(compiled(ws).stream().anyMatch(p -> p.getFileName().toString().startsWith("reminders-")));
    }
}
