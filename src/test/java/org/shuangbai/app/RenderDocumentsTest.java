package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.cli.ExitCode;
import org.shuangbai.cli.Main;
import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * The render as the demo runs it, the year scored beside it: the designs are loaded before the render's
 * listener hears of the fonts (where the demo reports its earlier steps), and a design that cannot be
 * loaded still fails only after that; the tables that need no score are made while the year is scored.
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

    private static <T> T nothingToAskFor() {
        throw new AssertionError("no ledger: nothing read or scored to ask for");
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
        assertThrows(Told.class, () -> RenderDocuments.run(ws, true, listener, RenderDocumentsTest::nothingToAskFor,
                RenderDocumentsTest::nothingToAskFor));
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
                RenderDocumentsTest::nothingToAskFor, RenderDocumentsTest::nothingToAskFor));
        assertEquals(List.of("fonts"), heard);
        assertTrue(failure.getMessage().contains(design.getFileName().toString()), failure.getMessage());
        assertFalse(compiled(ws).stream().anyMatch(p -> p.getFileName().toString().startsWith("reminders-")));
    }

    @Test
    void theTablesThatNeedNoScoreAreMadeWhileTheYearIsStillBeingScored() throws Exception {
        Workspace ws = workspace();
        Ledger.open(ws).close(); // an empty ledger: every unit still owes its forms
        Plan plan = Plans.load(ws);
        Path reminders = ws.reportsDir().resolve(Messages.text("documents.file.reminders") + ".xlsx");
        Path ledger = ws.reportsDir().resolve(Messages.text("documents.file.ledger") + ".xlsx");
        List<String> heard = new ArrayList<>();
        RenderDocuments.Listener listener = new RenderDocuments.Listener() {
            @Override
            public void fontsChosen(FontCatalog fonts) {
                heard.add("fonts");
            }
        };
        RenderResult result = RenderDocuments.run(ws, true, listener,
                () -> new RenderDocuments.Standing(StatusBoard.of(plan, List.of()), List.of()),
                () -> {
                    // scoring goes on until both tables are made (the last file of each is its XLSX)
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    while (!(Files.exists(reminders) && Files.exists(ledger)) && System.nanoTime() < deadline) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    assertTrue(Files.exists(reminders) && Files.exists(ledger), "the tables waited for the scores");
                    assertEquals(List.of(), heard);
                    return ScoreInputs.none(plan);
                });
        assertEquals(List.of("fonts"), heard);
        assertTrue(result.reminders() > 0);
        assertTrue(result.files().contains(reminders) && result.files().contains(ledger), result.files()::toString);
        assertEquals(result.files().indexOf(reminders) + 1, result.files().indexOf(ledger) - 1,
                "the files in the render's order: reminders PDF, XLSX, then the ledger's");
    }
}
