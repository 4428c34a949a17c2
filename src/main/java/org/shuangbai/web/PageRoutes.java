package org.shuangbai.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.javalin.http.Context;

import org.shuangbai.app.BoardResult;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.ShowBody;
import org.shuangbai.app.ShowUnit;
import org.shuangbai.app.UsageException;
import org.shuangbai.documents.Renderer;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.forms.Distribution;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.LabeledOption;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.scoring.Results;
import org.shuangbai.text.Messages;

/**
 * The pages that show the workspace (GET): board, unit, intake, an operation's progress, distribution, scores,
 * documents, reminders, 评议与立项, backup.
 */
final class PageRoutes {
    static final int REMINDERS_PER_PAGE = 200;

    private final ConsoleState state;

    PageRoutes(ConsoleState state) {
        this.state = state;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(state.clock.instant(), ZoneId.systemDefault());
    }

    private Map<String, Object> model(Context ctx, String nav) {
        Map<String, Object> model = state.model(ctx, nav);
        model.put("files", new FileLinks(state.downloads));
        return model;
    }

    /** Group choices of a filter: value (enum name) and label; "" is every group. */
    static List<ResultsPage.Option> groups(String selected) {
        List<ResultsPage.Option> out = new ArrayList<>();
        UnitGroup chosen = LabeledOption.parse(UnitGroup.class, selected == null ? "" : selected).orElse(null);
        for (UnitGroup g : UnitGroup.values()) {
            out.add(new ResultsPage.Option(g.name(), g.label(), g == chosen));
        }
        return out;
    }

    void board(Context ctx) throws PlanException, IOException {
        BoardResult board = state.views.board();
        BoardPage page = BoardPage.of(board, BoardPage.Filter.of(ctx.queryParam("group"), ctx.queryParam("show"),
                ctx.queryParam("q"), ctx.queryParam("page"), ctx.queryParam("size")), today());
        Map<String, Object> model = model(ctx, "board");
        model.put("plan", board.plan());
        model.put("board", page);
        model.put("groups", groups(page.filter().group()));
        model.put("deadlines", board.deadlines());
        model.put("forms", FormKind.unitForms());
        model.put("bodyForm", FormKind.ASSESSOR);
        model.put("unattributed", board.unattributed());
        state.page(ctx, "board.vm", model);
    }

    void unit(Context ctx) throws PlanException, IOException {
        Results results = state.views.results();
        try {
            var view = ShowUnit.run(state.workspace, ctx.pathParam("code"), results);
            Map<String, Object> model = model(ctx, "board");
            model.put("unit", UnitPage.of(view, results.plan(), today()));
            state.page(ctx, "unit.vm", model);
        } catch (UsageException e) {
            throw new Refusal(404, e.getMessage());
        }
    }

    void body(Context ctx) throws PlanException, IOException {
        try {
            var view = ShowBody.run(state.workspace, ctx.pathParam("code"));
            Map<String, Object> model = model(ctx, "board");
            model.put("body", BodyPage.of(view, state.views.board().plan(), today()));
            model.put("form", FormKind.ASSESSOR);
            state.page(ctx, "body.vm", model);
        } catch (UsageException e) {
            throw new Refusal(404, e.getMessage());
        }
    }

    void intake(Context ctx) {
        Map<String, Object> model = model(ctx, "intake");
        model.put("maxFileMb", ConsoleServer.MAX_FILE_BYTES >> 20);
        model.put("maxRequestMb", ConsoleServer.MAX_REQUEST_BYTES >> 20);
        state.page(ctx, "intake.vm", model);
    }

    void job(Context ctx) {
        Job job = job(ctx.pathParam("id")).snapshot();
        Map<String, Object> model = model(ctx, "job");
        model.put("job", job);
        List<FileReport> reports = job.reports(0);
        model.put("reports", reports);
        // the counts as `ingest` prints them, of the verdicts so far
        model.put("summary", new IngestSummary(reports));
        model.put("ws", state.workspace); // paths in an import's report are said relative to it
        state.page(ctx, "job.vm", model);
    }

    /** The verdicts after {@code from}, as table rows for the page's script, and where the job stands. */
    void jobRows(Context ctx) {
        Job job = job(ctx.pathParam("id"));
        int from;
        try {
            from = Math.max(0, Integer.parseInt(String.valueOf(ctx.queryParam("from"))));
        } catch (NumberFormatException e) {
            from = 0;
        }
        var reports = job.reports(from);
        ctx.header("X-Job-State", job.state().name());
        ctx.header("X-Job-Next", Integer.toString(from + reports.size()));
        ctx.header("X-Job-Done", Integer.toString(job.done()));
        ctx.header("X-Job-Total", Integer.toString(job.total()));
        Map<String, Object> model = model(ctx, "job");
        model.put("reports", reports);
        state.page(ctx, "job-rows.vm", model);
    }

    Job job(String id) {
        try {
            return state.operations.job(Long.parseLong(id)).orElseThrow(() ->
                    new Refusal(404, Messages.text("console.job.unknown", "id", id)));
        } catch (NumberFormatException e) {
            throw new Refusal(404, Messages.text("console.job.unknown", "id", id));
        }
    }

    void distribution(Context ctx) throws PlanException, IOException {
        Plan plan = state.views.board().plan();
        BoardPage.Filter filter = BoardPage.Filter.of(null, null, ctx.queryParam("q"), ctx.queryParam("page"),
                ctx.queryParam("size"));
        List<AssessedUnit> matched = plan.units().stream().filter(u -> filter.q().isEmpty()
                || u.code().contains(filter.q()) || u.name().contains(filter.q())).toList();
        int pages = Math.max(1, (matched.size() + filter.size() - 1) / filter.size());
        int page = Math.min(filter.page(), pages);
        List<DistributionRow> rows = new ArrayList<>();
        Distribution distribution = Files.exists(state.workspace.keyFile())
                ? new Distribution(state.workspace, plan) : null;
        for (AssessedUnit u : matched.subList((page - 1) * filter.size(),
                Math.min(matched.size(), page * filter.size()))) {
            List<Path> files = new ArrayList<>();
            if (distribution != null) {
                for (FormKind f : FormKind.unitForms()) {
                    Path file = distribution.file(u, f);
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    }
                }
            }
            rows.add(new DistributionRow(u.code(), u.name(), u.group().label(), files));
        }
        Map<String, Object> model = model(ctx, "distribution");
        model.put("rows", rows);
        model.put("q", filter.q());
        model.put("page", page);
        model.put("pages", pages);
        model.put("units", plan.units().size());
        model.put("generated", Files.isDirectory(state.workspace.distributionDir()));
        state.page(ctx, "distribution.vm", model);
    }

    /** One unit on the distribution page and the workbooks generated for it. */
    public record DistributionRow(String code, String name, String group, List<Path> files) {
    }

    void scores(Context ctx) throws PlanException, IOException {
        Results results = state.views.results();
        Map<String, Object> model = model(ctx, "scores");
        model.put("results", ResultsPage.of(results, ctx.queryParam("system"), ctx.queryParam("group")));
        model.put("rules", results.rules());
        model.put("groupFilter", ctx.queryParam("group") == null ? "" : ctx.queryParam("group"));
        model.put("resultFiles", listFiles(state.workspace.resultsDir()));
        state.page(ctx, "scores.vm", model);
    }

    void documents(Context ctx) throws PlanException, IOException {
        Results results = state.views.results();
        Path reports = state.workspace.reportsDir();
        Map<String, Object> model = model(ctx, "documents");
        model.put("plan", results.plan());
        model.put("rules", results.rules());
        model.put("documents", listFiles(reports));
        model.put("letters", listFiles(reports.resolve(Renderer.lettersDir())));
        Path notice = reports.resolve(Renderer.noticePdf());
        model.put("notice", Files.isRegularFile(notice) ? notice : null);
        state.page(ctx, "documents.vm", model);
    }

    void reminders(Context ctx) throws PlanException, IOException {
        BoardResult board = state.views.board();
        List<FormStatus> owing = board.statuses().stream().filter(FormStatus::needsReminder).toList();
        List<List<Object>> rows = StatusReport.reminders(owing);
        // the bodies' rows after the units', as in the 催报名单 file
        List<List<Object>> bodyRows = StatusReport.bodyReminders(board.bodies());
        rows.addAll(bodyRows);
        BoardPage.Filter filter = BoardPage.Filter.of(null, null, null, ctx.queryParam("page"), null);
        int pages = Math.max(1, (rows.size() + REMINDERS_PER_PAGE - 1) / REMINDERS_PER_PAGE);
        int page = Math.min(filter.page(), pages);
        Map<String, Object> model = model(ctx, "reminders");
        model.put("header", StatusReport.header());
        model.put("rows", rows.subList((page - 1) * REMINDERS_PER_PAGE, Math.min(rows.size(),
                page * REMINDERS_PER_PAGE)));
        model.put("total", rows.size());
        model.put("units", owing.stream().map(FormStatus::unit).distinct().count());
        model.put("bodies", bodyRows.size());
        model.put("page", page);
        model.put("pages", pages);
        model.put("reminderFiles", listFiles(state.workspace.statusDir()));
        state.page(ctx, "reminders.vm", model);
    }

    void backup(Context ctx) throws IOException {
        Map<String, Object> model = model(ctx, "backup");
        model.put("backups", listFiles(ActionRoutes.backupDir(state.workspace)));
        model.put("ledgerExists", Files.exists(state.workspace.ledgerFile()));
        model.put("keyFile", state.workspace.keyFile());
        state.page(ctx, "backup.vm", model);
    }

    /** The regular, not hidden files of a folder, by name (none when it does not exist). */
    /**
     * 评议与立项: the plan's 公共评议 channels and the imports so far, the task list, and the files the last
     * import and 立项 check wrote; uploads and the check start operations of their own.
     */
    void evaluation(Context ctx) throws PlanException, IOException {
        Plan plan = state.views.board().plan();
        Map<String, Object> model = model(ctx, "evaluation");
        model.put("plan", plan);
        try {
            EvaluationRules rules = EvaluationRulesReader.load(state.workspace.planDir(), plan);
            model.put("rules", rules.isEmpty() ? null : rules);
        } catch (PlanException e) {
            model.put("rulesProblems", e.problems().stream().map(org.shuangbai.plan.PlanProblem::describe).toList());
        }
        model.put("tasks", plan.tasks().all().size());
        model.put("taskUnits", plan.units().stream().filter(u -> !plan.tasks().of(u.code()).isEmpty()).count());
        model.put("evaluationFiles", listFiles(state.workspace.evaluationDir()));
        model.put("taskFiles", listFiles(state.workspace.tasksDir()));
        state.page(ctx, "evaluation.vm", model);
    }

    static List<Path> listFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }
}
