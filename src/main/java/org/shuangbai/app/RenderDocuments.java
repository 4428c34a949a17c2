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
     * The ledger as earlier steps of the same run read and scored it (the demo's status list and scoring),
     * which the render then neither reads nor scores again: the forms' and the bodies' standing and the
     * year's results.
     */
    record Scored(List<FormStatus> statuses, List<BodyStatus> bodies, Results results) {
    }

    private RenderDocuments() {
    }

    public static RenderResult run(Workspace workspace, boolean watermark, Listener listener) throws Exception {
        return run(workspace, watermark, listener, null);
    }

    /**
     * The same with the year already scored: {@code scored} is asked once the render's own reading is done
     * (it may wait for a step running beside it). Its results are held whole, not scored unit by unit.
     */
    static RenderResult run(Workspace workspace, boolean watermark, Listener listener, Supplier<Scored> scored)
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
                DocumentData data = scored == null ? data(workspace, plan, ledger, template)
                        : data(plan, ledger, template, scored);
                return render(renderer, workspace, data, fonts, listener);
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
        List<Path> files = renderer.render(data);
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

    /** The documents' data from the year as scored before; of the ledger only the issue ledger's items read. */
    private static DocumentData data(Plan plan, Ledger ledger, String template, Supplier<Scored> scored) {
        List<LedgerItemRow> items = items(plan, ledger);
        Scored year = scored.get();
        return DocumentData.from(plan, year.results(), items, reminders(plan, year.statuses(), year.bodies()), template);
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
