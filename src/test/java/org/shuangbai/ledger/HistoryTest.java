package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;

/** Supersession, duplicates and rejections never lose or overwrite an accepted value. */
class HistoryTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    FormLayout score;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        score = fx.layout("S01", FormKind.SCORE);
    }

    Path scoreSheet(String name, Map<String, Object> changes) throws Exception {
        Map<String, Object> values = ReturnFixture.answers(score, 0);
        values.putAll(changes);
        Path out = dir.resolve("in").resolve(name);
        ReturnFixture.fill(fx.generate("S01", FormKind.SCORE), out, score, values);
        return out;
    }

    IngestSummary ingest(Path... files) throws Exception {
        return Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(files));
    }

    Map<String, String> current(Ledger ledger) {
        Map<String, String> out = new LinkedHashMap<>();
        ledger.currentValues(FormKind.SCORE).forEach(v -> out.put(v.assessor() + " " + v.field().text(), v.value()));
        return out;
    }

    static String value(Ledger ledger, String field) {
        return ledger.currentValues(FormKind.SCORE).stream().filter(v -> v.field().text().equals(field))
                .map(RecordedValue::value).collect(Collectors.joining(","));
    }

    @Test
    void resubmissionSupersedesAndTheOldOneStaysInHistory() throws Exception {
        Path first = scoreSheet("first.xlsx", Map.of("EFF-01.score", 2.0));
        Path second = scoreSheet("second.xlsx", Map.of("EFF-01.score", 3.0));
        assertEquals(1, ingest(first).accepted());
        IngestSummary run = ingest(second);

        assertEquals(1, run.superseded());
        assertTrue(run.files().get(0).earlier().originalPath().endsWith("first.xlsx"));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals("3", value(ledger, "EFF-01.score"));
            List<FileRecord> history = ledger.history("S01", FormKind.SCORE);
            assertEquals(2, history.size());
            assertEquals(history.get(1).id(), history.get(0).supersededBy());
            assertFalse(history.get(0).current());
            assertTrue(history.get(1).current());
            assertEquals("2", ledger.valuesOfFile(history.get(0).id()).stream()
                    .filter(v -> v.field().text().equals("EFF-01.score")).findFirst().orElseThrow().value());
        }
    }

    @Test
    void laterInTheSameRunSupersedesEarlierInProcessingOrder() throws Exception {
        Path a = scoreSheet("a/S01.xlsx", Map.of("EFF-01.score", 1.0));
        Path b = scoreSheet("b/S01.xlsx", Map.of("EFF-01.score", 2.5));
        IngestSummary run = ingest(dir.resolve("in"));
        assertEquals(List.of(FileReport.Outcome.ACCEPTED, FileReport.Outcome.ACCEPTED),
                run.files().stream().map(FileReport::outcome).toList());
        assertTrue(run.files().get(0).path().endsWith("a/S01.xlsx"), run.files().get(0).path());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals("2.5", value(ledger, "EFF-01.score"));
        }
        assertTrue(Files.exists(a) && Files.exists(b));
    }

    @Test
    void duplicateIsANoOpEvenUnderAnotherName() throws Exception {
        Path first = scoreSheet("first.xlsx", Map.of());
        ingest(first);
        Path copy = dir.resolve("in").resolve("再次发送").resolve("副本.xlsx");
        Files.createDirectories(copy.getParent());
        Files.copy(first, copy);
        Map<String, String> before;
        List<FileRecord> historyBefore;
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            before = current(ledger);
            historyBefore = ledger.history();
        }

        IngestSummary run = ingest(first, copy);

        assertEquals(2, run.duplicates());
        assertTrue(run.allTaken());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(before, current(ledger));
            assertEquals(historyBefore, ledger.history());
        }
    }

    @Test
    void rejectedFileLeavesCurrentValuesUntouched() throws Exception {
        ingest(scoreSheet("good.xlsx", Map.of("EFF-01.score", 2.0)));
        Map<String, String> before;
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            before = current(ledger);
        }

        IngestSummary run = ingest(scoreSheet("bad.xlsx", Map.of("EFF-01.score", 99.0)));

        assertEquals(1, run.rejected());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(before, current(ledger));
            assertEquals(2, ledger.history().size());
            FormStatus s = ledger.status(ReturnFixture.plan()).stream()
                    .filter(x -> x.unit().code().equals("S01") && x.form() == FormKind.SCORE).findFirst().orElseThrow();
            assertEquals(FormStatus.State.ACCEPTED, s.state());
            assertTrue(s.rejectedAfterAccepted());
            assertTrue(s.needsReminder());
        }
    }

    @Test
    void goodFileInTheSameRunAsBadOnesIsAccepted() throws Exception {
        Path bad1 = scoreSheet("1-bad.xlsx", Map.of("EFF-01.score", "满分"));
        Path good = scoreSheet("2-good.xlsx", Map.of());
        Path bad2 = dir.resolve("in").resolve("3-broken.xlsx");
        Files.write(bad2, new byte[] {'P', 'K', 3, 4, 0, 0});

        IngestSummary run = ingest(dir.resolve("in"));

        assertEquals(List.of(FileReport.Outcome.REJECTED, FileReport.Outcome.ACCEPTED, FileReport.Outcome.REJECTED),
                run.files().stream().map(FileReport::outcome).toList());
        assertFalse(run.allTaken());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(ReturnFixture.expected(ReturnFixture.answers(score, 0)).size(),
                    ledger.currentValues(FormKind.SCORE).size());
        }
        assertTrue(Files.exists(bad1) && Files.exists(good));
    }

    @Test
    void scoreSheetsOfDifferentAssessorsAreAllCurrent() throws Exception {
        ingest(scoreSheet("a.xlsx", Map.of("assessor.name", "张三", "EFF-01.score", 1.0)));
        ingest(scoreSheet("b.xlsx", Map.of("assessor.name", "李四", "EFF-01.score", 2.0)));
        IngestSummary again = ingest(scoreSheet("c.xlsx", Map.of("assessor.name", "张三", "EFF-01.score", 3.0)));

        assertEquals(1, again.superseded());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            String assessorUnit = (String) ReturnFixture.answers(score, 0).get("assessor.unit");
            Map<String, String> byAssessor = ledger.currentValues(FormKind.SCORE).stream()
                    .filter(v -> v.field().text().equals("EFF-01.score"))
                    .collect(Collectors.toMap(RecordedValue::assessor, RecordedValue::value));
            assertEquals(Map.of(assessorUnit + "/张三", "3", assessorUnit + "/李四", "2"), byAssessor);
            FormStatus s = ledger.status(ReturnFixture.plan()).stream()
                    .filter(x -> x.unit().code().equals("S01") && x.form() == FormKind.SCORE).findFirst().orElseThrow();
            assertEquals(2, s.current().size());
            assertNull(s.lastRejected());
        }
    }

    @Test
    void ledgerSchemaIsVersioned() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(3, ledger.schemaVersion());
        }
        try (Ledger again = Ledger.open(fx.workspace)) {
            assertEquals(3, again.schemaVersion());
        }
    }
}
