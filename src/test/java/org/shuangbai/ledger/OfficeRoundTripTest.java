package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.intake.Soffice;

/** Filled workbooks re-saved by LibreOffice as .xlsx, .xls and .ods are accepted with the values they hold. */
class OfficeRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void resavedByLibreOfficeIsAcceptedWithTheSameValues(String format) throws Exception {
        ReturnFixture fx = new ReturnFixture(dir.resolve("ws"));
        Map<FormKind, Map<String, String>> expected = new LinkedHashMap<>();
        List<Path> filled = new ArrayList<>();
        for (FormKind kind : FormKind.unitForms()) {
            FormLayout layout = fx.layout("D07", kind);
            Map<String, Object> answers = ReturnFixture.answers(layout, 2);
            Path f = dir.resolve("filled").resolve(kind.option() + ".xlsx");
            ReturnFixture.fill(fx.generate("D07", kind), f, layout, answers);
            filled.add(f);
            expected.put(kind, ReturnFixture.expected(answers));
        }
        // renamed and nested, as they arrive by e-mail
        Soffice.convert(filled, format, fx.workspace.returnedDir().resolve("第二批").resolve("D07"));

        IngestSummary summary = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(fx.workspace.returnedDir()));

        assertEquals(3, summary.accepted(), () -> summary.files().stream()
                .map(f -> f.line() + f.problems().stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n")));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            for (FormKind kind : FormKind.unitForms()) {
                Map<String, String> recorded = new LinkedHashMap<>();
                ledger.currentValues(kind).forEach(v -> recorded.put(v.field().text(), v.value()));
                assertEquals(expected.get(kind), recorded, kind + " via " + format);
            }
        }
    }
}
