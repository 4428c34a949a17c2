package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;

/**
 * kill -9 at random moments of an ingest leaves the ledger consistent, and running ingest again ends
 * with the same ledger content as one uninterrupted run.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killedIngestsThenARerunEqualAnUninterruptedRun() throws Exception {
        ReturnFixture killed = new ReturnFixture(dir.resolve("killed"));
        ReturnFixture clean = new ReturnFixture(dir.resolve("clean"));
        // the same key in both, so the same files verify in both
        Files.copy(killed.workspace.keyFile(), clean.workspace.keyFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> units = List.of("S01", "S02", "S03", "S04", "D01", "D02");
        for (String unit : units) {
            for (FormKind kind : FormKind.unitForms()) {
                FormLayout layout = killed.layout(unit, kind);
                Map<String, Object> answers = ReturnFixture.answers(layout, 3);
                Path generated = killed.generate(unit, kind);
                ReturnFixture.fill(generated, killed.workspace.returnedDir().resolve(unit + "-" + kind.option() + ".xlsx"),
                        layout, answers);
                if (kind == FormKind.SCORE) {
                    answers.put("EFF-01.score", 1.5);
                    ReturnFixture.fill(generated, killed.workspace.returnedDir().resolve("z-" + unit + "-again.xlsx"),
                            layout, answers);
                }
            }
        }
        Files.writeString(killed.workspace.returnedDir().resolve("bad.xlsx"), "broken");
        copyTree(killed.workspace.returnedDir(), clean.workspace.returnedDir());

        Random random = new Random(20091220);
        int kills = 0;
        for (int i = 0; i < 4; i++) {
            Process p = ingestProcess(killed.workspace.root());
            if (!p.waitFor(800 + random.nextInt(2500), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                kills++;
            }
        }
        Process last = ingestProcess(killed.workspace.root());
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        Process reference = ingestProcess(clean.workspace.root());
        assertTrue(reference.waitFor(5, TimeUnit.MINUTES));

        assertTrue(kills > 0, "no run was interrupted; the test proved nothing");
        assertEquals(content(clean), content(killed));
    }

    static Process ingestProcess(Path workspace) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.shuangbai.cli.Main",
                "ingest", "-w", workspace.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** What must not depend on interruptions: files by content and verdict, current values, supersession. */
    static List<Object> content(ReturnFixture fx) {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            TreeSet<String> files = new TreeSet<>();
            Map<String, String> superseded = new TreeMap<>();
            Map<Long, String> shaById = new TreeMap<>();
            ledger.history().forEach(f -> shaById.put(f.id(), f.sha256()));
            for (FileRecord f : ledger.history()) {
                files.add(f.sha256() + " " + f.verdict() + " " + f.problems().size() + " " + f.originalPath());
                if (f.supersededBy() != null) {
                    superseded.put(f.sha256(), shaById.get(f.supersededBy()));
                }
            }
            List<String> values = new ArrayList<>();
            ledger.currentValues().forEach(v -> values.add(v.unitCode() + " " + v.form() + " " + v.assessor() + " "
                    + v.field().text() + "=" + v.value() + " " + v.fileHash() + " " + v.location()));
            return List.of(files, superseded, values);
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
