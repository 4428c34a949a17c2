package org.shuangbai.app;

import java.util.List;

import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;

/**
 * One assessing body as the office looks it up: where it stands with its workbook (and the (unit,
 * indicator) pairs it still owes), every file of its workbook received in ingest order (accepted,
 * superseded, rejected with its problems), and the workbook's due date.
 */
public record BodyView(BodyStatus status, List<FileRecord> history, FormDeadlines deadlines) {
    public BodyView {
        history = List.copyOf(history);
    }
}
