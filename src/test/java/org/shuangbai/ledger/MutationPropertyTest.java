package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * Random byte mutations of a valid returned workbook: intake never throws, always decides, and a
 * rejected file changes nothing but its own record.
 */
class MutationPropertyTest {
    static Path dir;
    static ReturnFixture fx;
    static byte[] valid;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("shuangbai-mutation");
        fx = new ReturnFixture(dir.resolve("ws"));
        FormLayout layout = fx.layout("S03", FormKind.SCORE);
        Path file = dir.resolve("valid.xlsx");
        ReturnFixture.fill(fx.generate("S03", FormKind.SCORE), file, layout, ReturnFixture.answers(layout, 0));
        valid = Files.readAllBytes(file);
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

    @Property(tries = 40)
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
        if (r.outcome() != FileReport.Outcome.ACCEPTED) {
            assertEquals(before, current());
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
