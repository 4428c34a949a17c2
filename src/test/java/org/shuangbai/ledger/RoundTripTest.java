package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.intake.ReturnFixture;

class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = FormKind.class, names = {"REGISTRATION", "LEDGER", "SCORE"})
    void filledWorkbookIsAcceptedWithExactlyTheValuesTyped(FormKind kind) throws Exception {
        ReturnFixture fx = new ReturnFixture(dir);
        FormLayout layout = fx.layout("S01", kind);
        Map<String, Object> answers = ReturnFixture.answers(layout, 3);
        Path returned = fx.workspace.returnedDir().resolve("S01").resolve("filled.xlsx");
        ReturnFixture.fill(fx.generate("S01", kind), returned, layout, answers);

        IngestSummary summary = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(fx.workspace.returnedDir()));

        assertEquals(1, summary.accepted(), () -> summary.files().get(0).line() + "\n"
                + summary.files().get(0).problems().stream().map(p -> p.describe()).reduce("", (a, b) -> a + "\n" + b));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            Map<String, String> recorded = new LinkedHashMap<>();
            ledger.currentValues(kind).forEach(v -> recorded.put(v.field().text(), v.value()));
            assertEquals(ReturnFixture.expected(answers), recorded);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FormKind.class, names = {"REGISTRATION", "LEDGER", "SCORE"})
    void sampleAnswersOfTheDemoAreAcceptedAsWritten(FormKind kind) throws Exception {
        ReturnFixture fx = new ReturnFixture(dir);
        Path returned = fx.workspace.returnedDir().resolve("D01.xlsx");
        Map<String, String> written = org.shuangbai.plan.FieldTexts.texts(
                new SampleFiller(ReturnFixture.plan()).fillSample(fx.generate("D01", kind), returned));

        IngestSummary summary = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(returned));

        assertEquals(1, summary.accepted(), () -> summary.files().get(0).problems().toString());
        Map<String, String> expected = new LinkedHashMap<>();
        written.forEach((k, v) -> {
            if (!v.isEmpty()) {
                expected.put(k, v);
            }
        });
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            Map<String, String> recorded = new java.util.TreeMap<>();
            ledger.currentValues(kind).forEach(v -> recorded.put(v.field().text(), v.value()));
            assertEquals(new java.util.TreeMap<>(expected), recorded);
        }
    }

    @org.junit.jupiter.api.Test
    void datesTypedAsTextInCommonChineseFormsAreRecordedIso() throws Exception {
        ReturnFixture fx = new ReturnFixture(dir);
        FormLayout layout = fx.layout("S05", FormKind.LEDGER);
        Map<String, Object> answers = ReturnFixture.answers(layout, 3);
        answers.put("L01.deadline", "2009/12/20");
        answers.put("L02.deadline", "2010年3月5日");
        answers.put("L03.deadline", " 2009.6.1 ");
        Path returned = fx.workspace.returnedDir().resolve("ledger.xlsx");
        ReturnFixture.fill(fx.generate("S05", FormKind.LEDGER), returned, layout, answers);

        IngestSummary summary = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(returned));

        assertEquals(1, summary.accepted(), () -> summary.files().get(0).problems().toString());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            Map<String, String> recorded = new LinkedHashMap<>();
            ledger.currentValues(FormKind.LEDGER).forEach(v -> recorded.put(v.field().text(), v.value()));
            assertEquals(List.of("2009-12-20", "2010-03-05", "2009-06-01"), List.of(recorded.get("L01.deadline"),
                    recorded.get("L02.deadline"), recorded.get("L03.deadline")));
        }
    }
}
