package org.shuangbai.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.DocumentData;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.LedgerItemRow;
import org.shuangbai.documents.LedgerRows;
import org.shuangbai.documents.ReminderRow;
import org.shuangbai.documents.Renderer;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
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

    private RenderDocuments() {
    }

    public static RenderResult run(Workspace workspace, boolean watermark, Listener listener) throws Exception {
        Plan plan = Plans.load(workspace);
        FontCatalog fonts = FontCatalog.find(plan.settings().notice().fonts());
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            String template = bodyTemplate(workspace);
            Renderer renderer = new Renderer(workspace, fonts, watermark, plan.settings().notice().date(),
                    plan.settings().office());
            if (!Files.exists(workspace.ledgerFile())) {
                List<FormStatus> none = StatusBoard.of(plan, List.of());
                return render(renderer, workspace, DocumentData.from(plan, ScoreInputs.none(plan), List.of(),
                        LedgerRows.reminders(plan, none), template), fonts, listener);
            }
            // open until the last letter is made: each letter reads its unit's values again
            try (Ledger ledger = Ledger.open(workspace)) {
                return render(renderer, workspace, data(workspace, plan, ledger, template), fonts, listener);
            }
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
        List<FormStatus> statuses = ledger.status(plan);
        ScoredYear year = ScoreInputs.scoreByUnit(ScoreInputs.rules(workspace, plan), plan, ledger, statuses);
        List<LedgerItemRow> items = LedgerRows.items(plan, ledger.currentValues(FormKind.LEDGER),
                plan.settings().notice().date());
        List<ReminderRow> reminders = new ArrayList<>(LedgerRows.reminders(plan, statuses));
        reminders.addAll(LedgerRows.bodyReminders(ledger.bodyStatus(plan)));
        return DocumentData.from(plan, year, items, reminders, template);
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
