package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.InputRule;
import org.shuangbai.intake.CheckedFile;
import org.shuangbai.intake.FieldValue;
import org.shuangbai.intake.ReceivedFile;
import org.shuangbai.intake.SpreadsheetType;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FormKind;

/**
 * A submission with more values than the ledger sends to SQLite at once (an assessing body's workbook in
 * a large district) is still recorded whole or not at all: every value back in layout order, and a
 * failure after some rows were sent leaves nothing of the file and the earlier submission current.
 */
class LargeSubmissionTest {
    private static final Instant AT = Instant.parse("2009-12-20T08:00:00Z");
    private static final FormIdentity BODY = new FormIdentity("CY-2009", 2009, "ZZB", FormKind.ASSESSOR, "1");

    @TempDir
    Path root;

    /** Two full batches and one more row: 4,001 values, one per unit code, scores 0.5 to 2000.5. */
    private static List<FieldValue> values(int count) {
        List<FieldValue> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unit = String.format("S%05d", i + 1);
            out.add(new FieldValue(i, new FieldKey.UnitIndicatorField(unit, "EFF-01", IndicatorPart.SCORE),
                    (i / 2) + "." + (i % 2 == 0 ? "5" : "0"), InputRule.Kind.DECIMAL, "考核评分", "E" + (i + 5)));
        }
        return out;
    }

    private static CheckedFile accepted(String name, List<FieldValue> values) {
        ReceivedFile file = new ReceivedFile(Path.of(name), name, name, 1, name.repeat(64).substring(0, 64));
        return CheckedFile.accepted(file, SpreadsheetType.XLSX, BODY, "", values);
    }

    @Test
    void everyValueOfALargeSubmissionComesBackInLayoutOrder() {
        int count = 2 * Ledger.BATCH_ROWS + 1;
        try (Ledger ledger = Ledger.open(new Workspace(root))) {
            RecordOutcome outcome = ledger.record(accepted("a", values(count)), AT);
            assertEquals(RecordOutcome.Kind.ACCEPTED, outcome.kind());

            List<RecordedValue> back = ledger.valuesOfFile(outcome.fileId());
            assertEquals(count, back.size());
            assertEquals("S00001/EFF-01.score", back.get(0).field().text());
            assertEquals("0.5", back.get(0).value());
            assertEquals("S02001/EFF-01.score", back.get(2000).field().text());
            assertEquals("1000.5", back.get(2000).value());
            assertEquals("S04001/EFF-01.score", back.get(count - 1).field().text());
            assertEquals("2000.5", back.get(count - 1).value());
            assertEquals("E4005", back.get(count - 1).cell());
        }
    }

    @Test
    void aFailureAfterTheFirstBatchesLeavesNothingOfTheFile() {
        int count = 2 * Ledger.BATCH_ROWS + 1;
        try (Ledger ledger = Ledger.open(new Workspace(root))) {
            ledger.record(accepted("a", values(10)), AT);

            // the last row repeats the first row's field: SQLite refuses it after 4,000 rows were sent
            List<FieldValue> broken = values(count);
            FieldValue head = broken.get(0);
            broken.set(count - 1, new FieldValue(count - 1, head.field(), "1", head.kind(), head.sheet(), "E9999"));
            assertThrows(RuntimeException.class, () -> ledger.record(accepted("b", broken), AT));

            assertEquals(10, ledger.currentValues(FormKind.ASSESSOR).size());
            assertEquals("a", ledger.currentValues(FormKind.ASSESSOR).get(0).sourceFile());
            assertEquals(1, ledger.history().size());
        }
    }
}
