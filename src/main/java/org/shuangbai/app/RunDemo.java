package org.shuangbai.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.evaluation.TaskMatchColumn;
import org.shuangbai.forms.DemoSamples;
import org.shuangbai.forms.OoxmlSchemas;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.TaskListReader;
import org.shuangbai.plan.PlanLoader;

/**
 * 示例: the whole cycle on a workspace's plan with synthetic returns, in a sandbox workspace under
 * output/demo/ so that a real ledger is never touched. Every document it makes is marked 示例.
 */
public final class RunDemo {
    /** Where the demo's raw 公共评议 exports are written and imported from, below input/imports/. */
    static final String RATINGS_DIR = "ratings";
    /** Where the demo's district task list is written and imported from, below input/imports/. */
    static final String TASKS_DIR = "tasks";
    /** Below the sandbox's private folder: earlier demos' trees being deleted. */
    private static final String DISCARDED = "discarded";

    private RunDemo() {
    }

    /**
     * Starts loading what the demo needs that is slow to load and needs nothing of it, each once per JVM, on
     * threads of its own: the OOXML schema types (before the first workbook) and SQLite (before ingest). The
     * command line calls it before it parses the command, which alone takes a third of a second of the
     * start's one busy core.
     */
    public static void loadAhead() {
        OoxmlSchemas.loadAhead();
        Ledger.loadAhead();
    }

    /** Runs the demo on {@code source}'s plan; returns the sandbox workspace. */
    public static Workspace run(Workspace source, DemoListener listener) throws Exception {
        loadAhead(); // started by the launcher already (see there); here for other callers
        Plan plan = Plans.load(source);
        listener.planChecked(plan);
        Workspace demo = new Workspace(source.outputDir().resolve("demo"));
        Thread deleting = discardEarlierRun(demo);
        prepareSandbox(source, demo);
        listener.sandboxReady(demo);

        ExecutorService beside = Parallel.daemonPool("shuangbai-demo", 1);
        try {
            // the bodies' workbooks carry no task: made on the other core while this thread imports the task list
            Future<GenerateResult> bodies = GenerateForms.bodiesBeside(demo, plan, beside);
            if (plan.tasks().isEmpty()) {
                // the demo's district task list, imported before the units' forms are made: they carry it
                Path tasks = DemoTasks.write(plan, DemoSamples.load(demo), demo.importsDir().resolve(TASKS_DIR));
                listener.tasksImported(ImportTasks.run(demo, tasks));
                plan = Plans.load(demo);
            }
            listener.generated(GenerateForms.unitsBeside(demo, bodies));
        } finally {
            beside.shutdown();
            // nothing of the demo goes on after a failed step
            beside.awaitTermination(1, TimeUnit.HOURS);
        }
        listener.filled(new DemoReturns(Plans.load(demo), demo).fill());

        IngestSummary summary = IngestReturns.run(demo, List.of(), Intake.Listener.NONE);
        listener.ingested(summary);
        afterIngest(demo, plan, listener);
        if (deleting != null) {
            deleting.join(); // long done: the process ends with System.exit, which would cut it short
        }
        return demo;
    }

    /**
     * The steps after ingest, most of them one thread's work, side by side: the status list, the values
     * export and the 立项 check only read the ledger (each on its own connection: SQLite's WAL gives a
     * reader a consistent snapshot while the 公共评议 import writes), and scoring reads what the import
     * committed. They all run on side threads, the import and then scoring on one after the other, while
     * this thread reads what the render needs (fonts, designs, the issue ledger's items), which needs none
     * of them; the render's documents then run on all cores. (With the import here, this thread read the
     * render's data only once the import was done, and scoring, queued behind the other steps, was left
     * running alone at the end while a core idled.)
     * The ledger's standing of forms and bodies is read once, by the status list, and the year scored once:
     * scoring and the render are given what was read, and the render prints the results scoring wrote.
     * The workspace lock is held throughout and lent to each thread. The listener hears of the steps in
     * the order they once ran one after the other, all of them before the render's documents start.
     */
    private static void afterIngest(Workspace demo, Plan plan, DemoListener listener) throws Exception {
        // a thread per step: a step waits for the steps it reads, never for a free thread
        ExecutorService side = Parallel.daemonPool("shuangbai-demo", 5);
        try (WorkspaceLock lock = WorkspaceLock.acquire(demo); WorkspaceLock.Loan loan = lock.lend()) {
            Future<StatusResult> status = beside(side, lock, () -> ShowStatus.run(demo));
            Future<ExportResult> export = beside(side, lock, () -> ExportValues.run(demo));
            Future<TaskCheckResult> tasks = plan.tasks().isEmpty() ? null : beside(side, lock, () -> CheckTasks.run(demo));
            Future<ImportRatingsResult> ratings = beside(side, lock, () -> importRatings(demo, plan));
            // scoring reads what the import committed, and asks the status list which score sheets were returned
            // (the import changes no form's standing)
            Future<ScoreResult> score = beside(side, lock, () -> {
                done(ratings);
                return ScoreUnits.run(demo, done(status).statuses());
            });
            RenderDocuments.Listener told = new RenderDocuments.Listener() {
                @Override
                public void fontsChosen(FontCatalog fonts) {
                    listener.statusWritten(done(status));
                    listener.exported(done(export));
                    ImportRatingsResult imported = done(ratings);
                    if (imported != null) {
                        listener.ratingsImported(imported);
                    }
                    if (tasks != null) {
                        listener.tasksChecked(done(tasks));
                    }
                    listener.scored(done(score));
                    listener.fontsChosen(fonts);
                }
            };
            // the render prints the year as scoring scored it, and the reminders from the status list
            listener.rendered(RenderDocuments.run(demo, true, told,
                    () -> new RenderDocuments.Standing(done(status).statuses(), done(status).bodies()),
                    () -> done(score).results()));
        } catch (StepFailed e) {
            throw e.failure;
        } finally {
            side.shutdown();
            // nothing of the demo goes on once the lock is released (after a failed step)
            side.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** The demo's 公共评议 exports written and imported; null when the plan rates nothing. */
    private static ImportRatingsResult importRatings(Workspace demo, Plan plan) throws Exception {
        EvaluationRules rules = EvaluationRulesReader.load(demo.planDir(), plan);
        if (rules.isEmpty()) {
            return null;
        }
        Path exports = demo.importsDir().resolve(RATINGS_DIR);
        new DemoRatings(plan, rules, DemoSamples.load(demo)).write(exports);
        return ImportRatings.run(demo, new ImportRatings.Request(List.of(exports), null, null),
                new ImportRatings.Listener() { });
    }

    /** A step on one of the side threads, with the lock lent to it. */
    private static <R> Future<R> beside(ExecutorService side, WorkspaceLock lock, Callable<R> step) {
        return side.submit(() -> {
            try (WorkspaceLock.Loan loan = lock.lend()) {
                return step.call();
            }
        });
    }

    /** A side step's result; its failure as {@link StepFailed}, which {@link #afterIngest} unwraps. */
    private static <R> R done(Future<R> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof StepFailed earlier) {
                throw earlier; // a step that waited on a failed one
            }
            throw new StepFailed((Exception) e.getCause());
        }
    }

    /** Carries a side step's exception through the render's listener, which declares none. */
    private static final class StepFailed extends RuntimeException {
        private final Exception failure;

        StepFailed(Exception cause) {
            super(cause);
            this.failure = cause;
        }
    }

    /**
     * A fresh sandbox under output/demo/ (its earlier output out of the way): the plan, templates and
     * designs of the source workspace copied in. Its key is kept between runs so that its workbooks
     * stay byte-identical from one run to the next.
     */
    private static void prepareSandbox(Workspace source, Workspace demo) throws IOException {
        Files.createDirectories(demo.planDir());
        for (String file : PlanLoader.FILES) {
            Files.copy(source.planDir().resolve(file), demo.planDir().resolve(file));
        }
        // optional plan data: copied when the plan has it
        for (String file : Stream.of(PlanLoader.OPTIONAL_FILES.stream(), EvaluationRulesReader.FILES.stream(),
                Stream.of(TaskListReader.TASKS, TaskMatchColumn.FILE)).flatMap(f -> f).toList()) {
            if (Files.exists(source.planDir().resolve(file))) {
                Files.copy(source.planDir().resolve(file), demo.planDir().resolve(file));
            }
        }
        copyTreeIfPresent(source.templatesDir(), demo.templatesDir());
        copyTreeIfPresent(source.reportsDesignDir(), demo.reportsDesignDir());
        Files.createDirectories(demo.returnedDir());
    }

    private static void copyTreeIfPresent(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    /**
     * The earlier demo's trees moved out of the way (a rename each) into the sandbox's private
     * {@value #DISCARDED} folder, and deleted from there on a thread of their own while the demo runs
     * (returned, to be waited for at the end; null when there is nothing to delete): deleting the 900
     * files one by one kept the main thread waiting on the disk for 1.3-2.4 s (0.1 s of CPU) before the
     * demo's first step. What a run could not delete (it failed, or was stopped), the next one deletes.
     * A tree that cannot be moved (a file held open elsewhere, on some systems) is deleted in place.
     */
    static Thread discardEarlierRun(Workspace demo) throws IOException {
        Path discarded = demo.privateDir().resolve(DISCARDED);
        Path batch = null;
        for (Path tree : List.of(demo.outputDir(), demo.root().resolve("input"), demo.ledgerDir(),
                demo.templatesDir(), demo.reportsDesignDir())) {
            if (!Files.exists(tree)) {
                continue;
            }
            try {
                if (batch == null) {
                    Files.createDirectories(discarded);
                    batch = Files.createTempDirectory(discarded, "run");
                }
                Files.move(tree, batch.resolve(tree.getFileName()));
            } catch (IOException e) {
                deleteTree(tree);
            }
        }
        if (!Files.isDirectory(discarded)) {
            return null;
        }
        Thread deleting = new Thread(() -> {
            try {
                deleteTree(discarded);
            } catch (IOException | UncheckedIOException e) {
                // left for the next run (another demo may be deleting the same files)
            }
        }, "shuangbai-discard");
        deleting.setDaemon(true);
        deleting.start();
        return deleting;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
