package org.shuangbai.cli;

import java.util.concurrent.Callable;

import org.shuangbai.app.RenderDocuments;
import org.shuangbai.app.RenderResult;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.Renderer;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `render`: the official documents from the ledger and the scores, into output/reports/. */
@Command(name = "render", mixinStandardHelpOptions = true)
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--watermark", descriptionKey = "watermark")
    boolean watermark;

    @Override
    public Integer call() throws Exception {
        print(workspace.office().render(watermark, FONTS));
        return ExitCode.OK;
    }

    /** Says which fonts stand in for which before the long rendering; also used by `demo`. */
    static final RenderDocuments.Listener FONTS = new RenderDocuments.Listener() {
        @Override
        public void fontsChosen(FontCatalog fonts) {
            printFonts(fonts);
        }
    };

    static void printFonts(FontCatalog fonts) {
        fonts.warnings().forEach(w -> Console.ERR.println(Messages.text("render.fontWarning", "warning", w)));
        Console.OUT.println(Messages.text("render.fonts"));
        fonts.describe().forEach(d -> Console.OUT.println("  " + d));
    }

    static void print(RenderResult r) {
        Console.OUT.println(Messages.text("render.done", "files", r.files().size(), "folder", r.folder()));
        Console.OUT.println(Messages.text("render.done.notice"));
        Console.OUT.println(Messages.text("render.done.letters", "letters", r.letters(), "dir", Renderer.lettersDir()));
        Console.OUT.println(Messages.text("render.done.lists", "reminders", r.reminders(), "items", r.ledgerItems(),
                "overdue", r.overdueItems()));
    }
}
