package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random byte mutations of a valid returned workbook: intake never throws, always decides, a rejected
 * file changes nothing but its own record, and an accepted one is recorded with exactly the values the
 * file holds. What a mutant holds is what the valid file holds: a mutation that changes the content of a
 * part breaks that part's CRC-32 (or its compressed stream, or the package), and is refused; one that
 * is accepted touched only bytes no reader uses (a timestamp, an unused field).
 */
class MutationPropertyTest {
    static Path dir;
    static ReturnFixture fx;
    static byte[] valid;
    static Map<String, String> held;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("shuangbai-mutation");
        fx = new ReturnFixture(dir.resolve("ws"));
        FormLayout layout = fx.layout("S03", FormKind.SCORE);
        Path file = dir.resolve("valid.xlsx");
        Map<String, Object> answers = ReturnFixture.answers(layout, 0);
        ReturnFixture.fill(fx.generate("S03", FormKind.SCORE), file, layout, answers);
        valid = Files.readAllBytes(file);
        held = new java.util.TreeMap<>(ReturnFixture.expected(answers));
        // one accepted submission the mutants must never disturb
        Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file));
    }

    @AfterContainer
    static void tearDown() throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Map<Integer, Byte>> mutations() {
        return Arbitraries.maps(Arbitraries.integers().between(0, valid.length - 1), Arbitraries.bytes())
                .ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 60)
    void mutatedFilesAreDecidedAndNeverDisturbTheLedger(@ForAll("mutations") Map<Integer, Byte> mutation,
                                                        @ForAll boolean truncate) throws Exception {
        byte[] bytes = valid.clone();
        mutation.forEach((at, b) -> bytes[at] = b);
        int length = truncate ? mutation.keySet().iterator().next() : bytes.length;
        Path file = dir.resolve("mutant.xlsx");
        Files.write(file, java.util.Arrays.copyOf(bytes, length));
        Map<String, String> before = current();

        IngestSummary run = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file));

        FileReport r = run.files().get(0);
        assertNotNull(r.outcome());
        assertFalse(r.problems().stream().anyMatch(p -> p.what().contains("意外错误") || p.what().contains("读取失败")),
                () -> "unexpected failure: " + r.problems());
        if (r.outcome() == FileReport.Outcome.ACCEPTED) {
            assertEquals(held, valuesOfLastFile(), () -> "mutation " + mutation + (truncate ? " truncated" : ""));
        } else {
            assertEquals(before, current());
        }
    }

    static Map<String, String> valuesOfLastFile() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            List<FileRecord> history = ledger.history();
            Map<String, String> out = new java.util.TreeMap<>();
            ledger.valuesOfFile(history.get(history.size() - 1).id()).forEach(v -> out.put(v.field().text(), v.value()));
            return out;
        }
    }

    static Map<String, String> current() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            Map<String, String> out = new java.util.TreeMap<>();
            ledger.currentValues().forEach(v -> out.put(v.unitCode() + v.form() + v.assessor() + v.field().text(),
                    v.value() + "@" + v.fileHash()));
            return out;
        }
    }
}
