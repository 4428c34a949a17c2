package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.scoring.UnitResult;

/**
 * One unit as the office looks it up: per form its standing, every file received in ingest order
 * (accepted, superseded, rejected with its problems) and the values currently adopted with their source
 * cells; the assessing bodies that score it, with where each stands (its owed pairs those of other units
 * too: {@link #owedHere}); its results per indicator system (empty when not scored yet); the documents made
 * for it.
 */
public record UnitView(AssessedUnit unit, List<Form> forms, List<BodyStatus> bodies, List<UnitResult> results,
                       List<Path> documents, FormDeadlines deadlines) {
    public UnitView {
        forms = List.copyOf(forms);
        bodies = List.copyOf(bodies);
        results = List.copyOf(results);
        documents = List.copyOf(documents);
    }

    /** The indicators (and vetoes) a body still owes this unit, in plan order. */
    public List<String> owedHere(BodyStatus body) {
        return body.owed().stream().filter(o -> o.unit().code().equals(unit.code())).map(BodyStatus.Owed::target)
                .toList();
    }

    /** One form of the unit. */
    public record Form(FormStatus status, List<FileRecord> history, List<RecordedValue> values) {
        public Form {
            history = List.copyOf(history);
            values = List.copyOf(values);
        }
    }
}
