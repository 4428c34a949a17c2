package org.shuangbai.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.DocumentData;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.LedgerItemRow;
import org.shuangbai.documents.LedgerRows;
import org.shuangbai.documents.ReminderRow;
import org.shuangbai.documents.Renderer;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.ScoredYear;
import org.shuangbai.text.Messages;

/**
 * 公文: the notice with its attachments, a letter per unit, the reminder list and the issue ledger,
 * from the ledger (opened once) and the scores computed from it.
 */
public final class RenderDocuments {
    /** The body of the notice, which the office edits. */
    static final String BODY_TEMPLATE = "templates/notice-body.vm";

    /**
     * Told which fonts were chosen once the documents' data is read, before the (long) making of the
     * documents starts (the demo reports its earlier steps there, which ran beside the reading).
     */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void fontsChosen(FontCatalog fonts) {
        }
    }

    /**
     * The forms' and the bodies' standing as an earlier step of the same run read it (the demo's status
     * list), which the render then does not read again.
     */
    record Standing(List<FormStatus> statuses, List<BodyStatus> bodies) {
    }

    private RenderDocuments() {
    }

    public static RenderResult run(Workspace workspace, boolean watermark, Listener listener) throws Exception {
        return run(workspace, watermark, listener, null);
    }

    /**
     * The same with the ledger's standing already read and the year scored beside it: {@code standing} and
     * {@code results} are asked once the render's own reading is done (each may wait for a step running
     * beside it), the standing first: the tables that need no score start then, on the cores scoring leaves
     * idle. The results are held whole, not scored unit by unit.
     */
    static RenderResult run(Workspace workspace, boolean watermark, Listener listener, Supplier<Standing> standing,
                            Supplier<Results> results) throws Exception {
        return run(workspace, watermark, listener, new Scored(standing, results));
    }

    /** What the year scored beside the render gives it (null: the render reads and scores the ledger itself). */
    private record Scored(Supplier<Standing> standing, Supplier<Results> results) {
    }

    private static RenderResult run(Workspace workspace, boolean watermark, Listener listener, Scored scored)
            throws Exception {
        Plan plan = Plans.load(workspace);
        FontCatalog fonts = FontCatalog.find(plan.settings().notice().fonts());
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            String template = bodyTemplate(workspace);
            Renderer renderer = new Renderer(workspace, fonts, watermark, plan.settings().notice().date(),
                    plan.settings().office());
            if (scored != null) {
                loadDesignsAhead(renderer);
            }
            if (!Files.exists(workspace.ledgerFile())) {
                List<FormStatus> none = StatusBoard.of(plan, List.of());
                return render(renderer, workspace, DocumentData.from(plan, ScoreInputs.none(plan), List.of(),
                        LedgerRows.reminders(plan, none), template), fonts, listener);
            }
            // open until the last letter is made: each letter reads its unit's values again
            try (Ledger ledger = Ledger.open(workspace)) {
                if (scored == null) {
                    return render(renderer, workspace, data(workspace, plan, ledger, template), fonts, listener);
                }
                Standing year = scored.standing().get();
                DocumentData.Tables tables = DocumentData.tables(plan, items(plan, ledger),
                        reminders(plan, year.statuses(), year.bodies()));
                try (Renderer.Started started = renderer.start(tables)) {
                    DocumentData data = DocumentData.from(plan, scored.results().get(), tables, template);
                    listener.fontsChosen(fonts);
                    return result(renderer.render(data, started), workspace, data);
                }
            }
        }
    }

    /**
     * The designs loaded while the steps beside the render finish, on this thread, which would otherwise wait
     * for them and then load the designs alone before the documents start on all cores. A design that cannot
     * be loaded is not reported here: loading it fails again where the render starts, once the listener has
     * heard of the earlier steps, as it did before.
     */
    private static void loadDesignsAhead(Renderer renderer) {
        try {
            renderer.loadDesigns();
        } catch (DesignException e) {
            // reported by the render (see above)
        }
    }

    /** The documents made; the listener told of the fonts once their data is read, before the first starts. */
    private static RenderResult render(Renderer renderer, Workspace workspace, DocumentData data, FontCatalog fonts,
                                       Listener listener) throws Exception {
        listener.fontsChosen(fonts);
        return result(renderer.render(data), workspace, data);
    }

    private static RenderResult result(List<Path> files, Workspace workspace, DocumentData data) {
        return new RenderResult(files, workspace.reportsDir(), data.letters().size(), data.reminders().size(),
                data.ledger().size(), data.ledger().stream().filter(LedgerItemRow::overdue).count());
    }

    /**
     * The documents' data, the year scored unit by unit: the notice and tables from the units' summaries,
     * each letter from its unit's values read again when it is made (see {@link ScoredYear}).
     */
    private static DocumentData data(Workspace workspace, Plan plan, Ledger ledger, String template)
            throws PlanException {
        List<FileRecord> history = ledger.history(); // read once for the units and the bodies
        List<FormStatus> statuses = StatusBoard.of(plan, history);
        ScoredYear year = ScoreInputs.scoreByUnit(ScoreInputs.rules(workspace, plan), plan, ledger, statuses);
        return DocumentData.from(plan, year, items(plan, ledger),
                reminders(plan, statuses, ledger.bodyStatus(plan, history)), template);
    }

    private static List<LedgerItemRow> items(Plan plan, Ledger ledger) {
        return LedgerRows.items(plan, ledger.currentValues(FormKind.LEDGER), plan.settings().notice().date());
    }

    private static List<ReminderRow> reminders(Plan plan, List<FormStatus> statuses, List<BodyStatus> bodies) {
        List<ReminderRow> reminders = new ArrayList<>(LedgerRows.reminders(plan, statuses));
        reminders.addAll(LedgerRows.bodyReminders(bodies));
        return reminders;
    }

    private static String bodyTemplate(Workspace workspace) throws IOException, DesignException {
        Optional<InputStream> in = Defaults.open(workspace, BODY_TEMPLATE);
        if (in.isEmpty()) {
            throw new DesignException(Messages.text("render.bodyTemplateMissing", "path", BODY_TEMPLATE), null);
        }
        try (InputStream s = in.get()) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
