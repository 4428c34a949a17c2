package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.scoring.UnitResult;

/**
 * One unit as the office looks it up: per form its standing, every file received in ingest order
 * (accepted, superseded, rejected with its problems) and the values currently adopted with their source
 * cells; its results per indicator system (empty when not scored yet); the documents made for it.
 */
public record UnitView(AssessedUnit unit, List<Form> forms, List<UnitResult> results, List<Path> documents,
                       FormDeadlines deadlines) {
    public UnitView {
        forms = List.copyOf(forms);
        results = List.copyOf(results);
        documents = List.copyOf(documents);
    }

    /** One form of the unit. */
    public record Form(FormStatus status, List<FileRecord> history, List<RecordedValue> values) {
        public Form {
            history = List.copyOf(history);
            values = List.copyOf(values);
        }
    }
}
