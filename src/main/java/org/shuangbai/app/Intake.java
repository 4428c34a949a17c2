package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.intake.CheckedFile;
import org.shuangbai.intake.FormContract;
import org.shuangbai.intake.IntakeLimits;
import org.shuangbai.intake.Problem;
import org.shuangbai.intake.ReceivedFile;
import org.shuangbai.intake.ReturnedFileChecker;
import org.shuangbai.intake.SignedForms;
import org.shuangbai.intake.Verdict;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordOutcome;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * 回收: takes returned files into the ledger. Folders are searched recursively; files are processed in
 * a fixed order (each given path in turn, within it by relative path, code point order), so a run is
 * reproducible. Each file is checked and recorded on its own: a bad file never stops the others.
 *
 * <p>Order rule: when two accepted files are for the same unit, form and assessor, the one ingested
 * later supersedes the other (across runs: the later run; within a run: the later in the order above).
 * File modification times are never used: copies and e-mail reset them.
 *
 * <p>The use case {@link IngestReturns} calls it under the workspace lock; tests call it directly.
 */
public final class Intake {

    /** Progress of a run, for a console. */
    public interface Listener {
        /** A listener that wants nothing. */
        Listener NONE = new Listener() { };

        default void started(int files) {
        }

        default void done(FileReport report) {
        }
    }

    private Intake() {
    }

    /** Ingests with the workspace's key and texts, the system clock and no listener. */
    public static IngestSummary ingest(Workspace workspace, Plan plan, List<Path> paths) throws IOException {
        return ingest(workspace, plan, paths, Listener.NONE, Clock.systemUTC());
    }

    /** The caller holds the workspace lock (the application layer's use case does). */
    public static IngestSummary ingest(Workspace workspace, Plan plan, List<Path> paths, Listener listener,
                                       Clock clock) throws IOException {
        return ingest(workspace, plan, paths, listener, clock, IntakeLimits.DEFAULT);
    }

    /** Ingests under other limits than {@link IntakeLimits#DEFAULT} (tests: a time limit that forces timeouts). */
    public static IngestSummary ingest(Workspace workspace, Plan plan, List<Path> paths, Listener listener,
                                       Clock clock, IntakeLimits limits) throws IOException {
        FormContract contract = SignedForms.of(workspace, plan);
        try (Ledger ledger = Ledger.open(workspace);
             Checking checking = new Checking(plan, contract, workspace, limits, ledger.notReadAtLeast(GIVE_UP),
                     named(paths))) {
            List<Path> files = collect(paths);
            listener.started(files.size());
            List<FileReport> reports = new ArrayList<>();
            // Reading and checking (the costly part, independent of the ledger) runs ahead on all
            // cores; the ledger part stays here, file by file in processing order, one transaction each.
            int ahead = Math.min(files.size(), 2 * checking.threads());
            List<Future<Prepared>> pending = new ArrayList<>();
            for (int i = 0; i < ahead; i++) {
                pending.add(checking.submit(files.get(i)));
            }
            for (int i = 0; i < files.size(); i++) {
                Prepared prepared = checking.await(pending.get(i));
                pending.set(i, null);
                if (i + ahead < files.size()) {
                    pending.add(checking.submit(files.get(i + ahead)));
                }
                FileReport report = record(plan, ledger, prepared, clock, limits);
                reports.add(report);
                listener.done(report);
            }
            return new IngestSummary(reports);
        }
    }

    /**
     * After this many timeouts a file found in a folder is no longer read again by itself (a hostile file
     * would cost the full time limit on every run); named on its own, it always is.
     */
    static final int GIVE_UP = 2;

    /**
     * A file read and checked, not yet recorded (checked is null when it could not be read, or when it was
     * not read again after {@link #GIVE_UP} timeouts: notRetried).
     */
    private record Prepared(String display, ReceivedFile received, CheckedFile checked, IOException unreadable,
                            boolean notRetried) {
        static Prepared unreadable(String display, IOException why) {
            return new Prepared(display, null, null, why, false);
        }

        static Prepared notRetried(String display, ReceivedFile received) {
            return new Prepared(display, received, null, null, true);
        }

        static Prepared checked(String display, ReceivedFile received, CheckedFile checked) {
            return new Prepared(display, received, checked, null, false);
        }
    }

    /** The paths given that are files themselves (not found in a folder). */
    private static Set<Path> named(List<Path> paths) {
        Set<Path> out = new java.util.HashSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(abs)) {
                out.add(abs);
            }
        }
        return out;
    }

    /** Worker threads, each with its own checker (a checker runs one file at a time, with its timeout). */
    private static final class Checking implements AutoCloseable {
        private final ExecutorService pool;
        private final List<ReturnedFileChecker> checkers = new ArrayList<>();
        private final ThreadLocal<ReturnedFileChecker> mine;
        private final Workspace workspace;
        private final int threads;
        private final Set<String> givenUp;
        private final Set<Path> named;

        Checking(Plan plan, FormContract contract, Workspace workspace, IntakeLimits limits, Set<String> givenUp,
                 Set<Path> named) {
            this.workspace = workspace;
            this.givenUp = givenUp;
            this.named = named;
            this.threads = Parallel.cores();
            this.mine = ThreadLocal.withInitial(() -> {
                ReturnedFileChecker c = new ReturnedFileChecker(plan, contract, limits);
                synchronized (checkers) {
                    checkers.add(c);
                }
                return c;
            });
            this.pool = Parallel.daemonPool("shuangbai-intake-reader", threads);
        }

        int threads() {
            return threads;
        }

        Future<Prepared> submit(Path file) {
            return pool.submit(() -> prepare(workspace, mine.get(), file, givenUp, named));
        }

        Prepared await(Future<Prepared> f) {
            return Parallel.join(f);
        }

        @Override
        public void close() {
            pool.shutdownNow();
            synchronized (checkers) {
                checkers.forEach(ReturnedFileChecker::close);
            }
        }
    }

    private static Prepared prepare(Workspace workspace, ReturnedFileChecker checker, Path file, Set<String> givenUp,
                                    Set<Path> named) {
        String display = display(workspace, file);
        ReceivedFile received;
        try {
            received = ReceivedFile.read(file, display);
        } catch (IOException e) {
            return Prepared.unreadable(display, e);
        }
        if (givenUp.contains(received.sha256()) && !named.contains(file.toAbsolutePath().normalize())) {
            return Prepared.notRetried(display, received);
        }
        return Prepared.checked(display, received, checker.check(received));
    }

    private static FileReport record(Plan plan, Ledger ledger, Prepared prepared, Clock clock, IntakeLimits limits) {
        String display = prepared.display();
        if (prepared.unreadable() != null) {
            return FileReport.skipped(display, List.of(Problem.ofFile(Messages.text("ingest.file.cannotRead", "error",
                    prepared.unreadable().getMessage()), Messages.text("ingest.file.cannotRead.todo"))));
        }
        ReceivedFile received = prepared.received();
        var earlier = ledger.findByHash(received.sha256());
        if (earlier.isPresent()) {
            FileRecord e = earlier.get();
            return FileReport.duplicate(display, null, unitName(plan, e.unitCode()), e.assessor(), e);
        }
        if (prepared.notRetried() || prepared.checked().verdict() == Verdict.NOT_READ) {
            return notRead(ledger, prepared, clock, limits);
        }
        CheckedFile checked = prepared.checked();
        String unitName = checked.identity() == null ? null : holderName(plan, checked.identity());
        if (checked.verdict() == Verdict.SKIPPED) {
            return FileReport.skipped(display, checked.problems());
        }
        RecordOutcome outcome = ledger.record(checked, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return switch (outcome.kind()) {
            case DUPLICATE -> FileReport.duplicate(display, checked.identity(), unitName, checked.assessor(),
                    ledger.file(outcome.fileId()).orElse(null));
            case REJECTED -> FileReport.rejected(display, checked.identity(), unitName, checked.assessor(),
                    checked.problems());
            case ACCEPTED -> FileReport.accepted(display, checked.identity(), unitName, checked.assessor(),
                    outcome.superseded() == null ? null : ledger.file(outcome.superseded()).orElse(null));
        };
    }

    /** A timeout: recorded as an attempt, no verdict; from the second one on, the office is told what to do. */
    private static FileReport notRead(Ledger ledger, Prepared prepared, Clock clock, IntakeLimits limits) {
        String display = prepared.display();
        String todo = Messages.text("ingest.notRead.todo", "path", display);
        Problem problem;
        if (prepared.notRetried()) {
            problem = Problem.ofFile(Messages.text("ingest.notRead.givenUp", "times",
                    ledger.timesNotRead(prepared.received().sha256())), todo);
        } else {
            int times = ledger.recordNotRead(prepared.received(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            long seconds = limits.timeout().toSeconds();
            problem = times < GIVE_UP
                    ? Problem.ofFile(Messages.text("ingest.notRead.first", "seconds", seconds),
                            Messages.text("ingest.notRead.retry"))
                    : Problem.ofFile(Messages.text("ingest.notRead.again", "times", times, "seconds", seconds), todo);
        }
        return FileReport.notRead(display, problem);
    }

    private static String unitName(Plan plan, String code) {
        return code == null ? null : plan.unit(code).map(AssessedUnit::name).orElse(null);
    }

    /** The name of whose workbook it is: the unit's, or the assessing body's. */
    private static String holderName(Plan plan, org.shuangbai.forms.FormIdentity identity) {
        return identity.form().heldByBody() ? plan.assessors().body(identity.unitCode())
                .map(org.shuangbai.plan.Assessor::name).orElse(null) : unitName(plan, identity.unitCode());
    }

    /** Inside the workspace: relative to its root (stable across machines); elsewhere: absolute. */
    static String display(Workspace workspace, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workspace.root()) ? workspace.root().relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** Every regular file under the given paths, in processing order, each once. */
    static List<Path> collect(List<Path> paths) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            Path root = p.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root, 32)) {
                    walk.filter(Files::isRegularFile).filter(f -> !ignored(root.relativize(f)))
                            .sorted(Comparator.comparing(f -> root.relativize(f).toString().replace('\\', '/')))
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(root)) {
                out.add(root);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, Messages.text("ingest.path.notAFile"));
            }
        }
        return new ArrayList<>(out);
    }

    /** Hidden files and folders, and the lock files office suites leave beside an open document. */
    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

}
