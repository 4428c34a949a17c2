package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.documents.Renderer;
import org.shuangbai.forms.Distribution;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.text.Messages;

/**
 * 单位: one unit's submissions, current values, the assessing bodies that score it, results and documents. Reads only (no lock, nothing
 * written). Results are taken from scores already computed (the console keeps the latest), since ranks
 * need every unit: pass null when none are at hand.
 */
public final class ShowUnit {
    private ShowUnit() {
    }

    public static UnitView run(Workspace workspace, String unitCode, Results results)
            throws PlanException, IOException, UsageException {
        Plan plan = Plans.load(workspace);
        AssessedUnit unit = plan.unit(unitCode).orElseThrow(() -> new UsageException(
                Messages.text("console.unit.unknown", "code", unitCode)));
        FormDeadlines deadlines = FormDeadlines.read(workspace);
        List<UnitView.Form> forms = LedgerReading.read(workspace, ledger -> forms(plan, unit, ledger),
                () -> forms(plan, unit, null));
        // the bodies that score this unit anything, as the board and the 催报名单 see them
        List<BodyStatus> bodies = LedgerReading.read(workspace, ledger -> ledger.bodyStatus(plan),
                () -> BodyStatus.of(plan, List.of(), List.of())).stream()
                .filter(b -> plan.assessors().rowsOf(b.body().code()).stream().anyMatch(a -> a.scope().includes(unit)))
                .toList();
        List<UnitResult> scores = results == null ? List.of()
                : results.units().stream().filter(r -> r.unit().code().equals(unit.code())).toList();
        return new UnitView(unit, forms, bodies, scores, documents(workspace, plan, unit), deadlines);
    }

    private static List<UnitView.Form> forms(Plan plan, AssessedUnit unit, Ledger ledger) {
        List<FileRecord> history = new ArrayList<>();
        if (ledger != null) {
            for (FormKind form : FormKind.unitForms()) {
                history.addAll(ledger.history(unit.code(), form));
            }
        }
        history.sort((a, b) -> Long.compare(a.id(), b.id()));
        List<UnitView.Form> out = new ArrayList<>();
        for (FormStatus status : StatusBoard.of(plan, history)) {
            if (!status.unit().code().equals(unit.code())) {
                continue;
            }
            List<FileRecord> ofForm = history.stream().filter(f -> f.form() == status.form()).toList();
            List<RecordedValue> values = new ArrayList<>();
            for (FileRecord current : status.current()) {
                values.addAll(ledger.valuesOfFile(current.id()));
            }
            out.add(new UnitView.Form(status, ofForm, values));
        }
        return out;
    }

    /** The unit's distributed workbooks and its result letters, those that exist. */
    private static List<Path> documents(Workspace workspace, Plan plan, AssessedUnit unit) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.exists(workspace.keyFile())) {
            // nothing was generated without a key; constructing a Distribution would create one
            Distribution distribution = new Distribution(workspace, plan);
            for (FormKind form : FormKind.unitForms()) {
                Path file = distribution.file(unit, form);
                if (Files.isRegularFile(file)) {
                    out.add(file);
                }
            }
        }
        for (String extension : List.of(".pdf", ".docx")) {
            Path letter = Renderer.letterFile(workspace.reportsDir(), unit.code(), unit.name(), extension);
            if (Files.isRegularFile(letter)) {
                out.add(letter);
            }
        }
        return out;
    }
}
