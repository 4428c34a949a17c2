package org.shuangbai.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import org.shuangbai.Workspace;
import org.shuangbai.app.GenerateForms;
import org.shuangbai.app.ImportRatings;
import org.shuangbai.app.RatingFileReport;
import org.shuangbai.app.GenerateRequest;
import org.shuangbai.app.ReceiveUploads;
import org.shuangbai.app.RenderDocuments;
import org.shuangbai.app.ScoreResult;
import org.shuangbai.app.UploadBatch;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.text.Messages;

/**
 * The buttons (POST): each starts one operation of the application layer — the same calls the command line
 * makes — and shows its progress page; a second operation while one runs is refused with the running one
 * named (409). Short ones (the reminder list, a backup) answer with the file they made.
 */
final class ActionRoutes {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ConsoleState state;

    ActionRoutes(ConsoleState state) {
        this.state = state;
    }

    static Path backupDir(Workspace workspace) {
        return workspace.outputDir().resolve("backups");
    }

    private Refusal busy(Operations.Busy e) {
        Job running = e.running;
        return Refusal.busy(running, Messages.text("console.busy", "operation", running.title(),
                "started", new Format().time(running.started()), "done", running.done(),
                "total", running.total() < 0 ? "?" : running.total()));
    }

    private void started(Context ctx, Job job) {
        ctx.redirect("/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    /** 回收 of uploaded files: each part streamed to a temporary file, then stored and ingested as one operation. */
    void upload(Context ctx) throws IOException {
        startWith(ctx, received(ctx), Job.Kind.INGEST, uploads -> j -> ingestUpload(j, uploads));
    }

    /** 导入评议数据: the rating exports kept under input/imports/, then imported and scored as `import ratings` does. */
    void ratings(Context ctx) throws IOException {
        String channel = blankToNull(ctx.formParam("channel"));
        startWith(ctx, received(ctx), Job.Kind.RATINGS, uploads -> j -> {
            UploadBatch batch = keep(uploads);
            j.started(batch.stored().size());
            return state.office.importRatings(new ImportRatings.Request(batch.stored(), channel, null),
                    new ImportRatings.Listener() {
                        @Override
                        public void done(RatingFileReport report) {
                            j.stepped();
                        }
                    });
        });
    }

    /** 导入区任务清单: the one file kept under input/imports/, then written into the plan as `import tasks` does. */
    void taskList(Context ctx) throws IOException {
        List<ReceiveUploads.Upload> uploads = received(ctx);
        if (uploads.size() != 1) {
            deleteAll(uploads);
            throw new Refusal(400, Messages.text("console.evaluation.oneTaskList", "count", uploads.size()));
        }
        startWith(ctx, uploads, Job.Kind.TASK_LIST, files -> j -> state.office.importTasks(keep(files).stored().get(0)));
    }

    /**
     * Starts the operation that takes over the uploaded files (it moves or deletes them) and shows its progress
     * page; when it cannot start, the files are deleted and the running operation named.
     */
    private void startWith(Context ctx, List<ReceiveUploads.Upload> uploads, Job.Kind kind,
                           java.util.function.Function<List<ReceiveUploads.Upload>, Operations.Work> work)
            throws IOException {
        boolean handed = false;
        try {
            Job job = state.operations.start(kind, work.apply(List.copyOf(uploads)));
            handed = true;
            started(ctx, job);
        } catch (Operations.Busy e) {
            throw busy(e);
        } finally {
            if (!handed) {
                deleteAll(uploads);
            }
        }
    }

    /** 立项核对: the registrations in the ledger against the task list, to output/tasks/. */
    void taskCheck(Context ctx) {
        try {
            started(ctx, state.operations.start(Job.Kind.TASK_CHECK, j -> state.office.checkTasks()));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
    }

    private UploadBatch keep(List<ReceiveUploads.Upload> uploads) throws IOException {
        return ReceiveUploads.keep(state.workspace.importsDir().resolve(
                SafeFileName.of(Messages.text("console.upload.folder"), "")), uploads, state.clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void deleteAll(List<ReceiveUploads.Upload> uploads) throws IOException {
        for (ReceiveUploads.Upload u : uploads) {
            Files.deleteIfExists(u.content());
        }
    }

    /**
     * The files of a multipart request, each streamed to a temporary file (the caller hands them on or deletes
     * them); refused whole when the request or a file is too large, none was sent, or an operation is running.
     */
    private List<ReceiveUploads.Upload> received(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > ConsoleServer.MAX_REQUEST_BYTES) {
            throw new Refusal(413, Messages.text("console.upload.requestTooLarge",
                    "max", ConsoleServer.MAX_REQUEST_BYTES >> 20));
        }
        state.operations.running().ifPresent(running -> {
            throw busy(new Operations.Busy(running));
        });
        List<UploadedFile> parts;
        try {
            parts = ctx.uploadedFiles("files");
        } catch (Exception e) {
            // the multipart parser stops at the first file over the limit (and leaves nothing behind)
            if (tooLarge(e)) {
                throw new Refusal(413, Messages.text("console.upload.tooLarge",
                        "maxFile", ConsoleServer.MAX_FILE_BYTES >> 20, "maxRequest", ConsoleServer.MAX_REQUEST_BYTES >> 20));
            }
            throw new Refusal(400, Messages.text("console.upload.unreadable", "error", e.getMessage()));
        }
        List<ReceiveUploads.Upload> uploads = new ArrayList<>();
        try {
            Files.createDirectories(state.uploadTemp);
            for (UploadedFile part : parts) {
                if (part.size() > ConsoleServer.MAX_FILE_BYTES) {
                    throw new Refusal(413, Messages.text("console.upload.fileTooLarge", "file", part.filename(),
                            "max", ConsoleServer.MAX_FILE_BYTES >> 20));
                }
                Path temp = Files.createTempFile(state.uploadTemp, "upload-", ".part");
                try (InputStream in = part.content()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                uploads.add(new ReceiveUploads.Upload(part.filename() == null ? "" : part.filename(), temp));
            }
            if (uploads.isEmpty()) {
                throw new Refusal(400, Messages.text("console.upload.none"));
            }
            return uploads;
        } catch (RuntimeException | IOException e) {
            deleteAll(uploads);
            throw e;
        }
    }

    /** Whether the parser gave up because a part or the request exceeded its limit. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("size") || m.contains("exceed") || m.contains("too large") || m.contains("limit")) {
                return true;
            }
        }
        return false;
    }

    private Object ingestUpload(Job job, List<ReceiveUploads.Upload> uploads) throws Exception {
        UploadBatch batch = ReceiveUploads.run(state.workspace, uploads, state.clock);
        job.note(Messages.text("console.upload.stored", "count", batch.stored().size(),
                "folder", state.workspace.root().relativize(batch.folder()).toString().replace('\\', '/')));
        batch.refused().forEach(job::note);
        if (batch.stored().isEmpty()) {
            job.started(0);
            return new IngestSummary(List.of());
        }
        return state.office.ingest(List.of(batch.folder()), progress(job));
    }

    /** 回收 of everything in input/returned/ (files copied there by hand, from a USB stick or e-mail). */
    void rescan(Context ctx) {
        try {
            started(ctx, state.operations.start(Job.Kind.INGEST, j -> state.office.ingest(List.of(), progress(j))));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
    }

    private static Intake.Listener progress(Job job) {
        return new Intake.Listener() {
            @Override
            public void started(int files) {
                job.started(files);
            }

            @Override
            public void done(FileReport report) {
                job.reported(report);
            }
        };
    }

    /** 下发: every unit's workbooks, or one unit's. */
    void generate(Context ctx) {
        String unit = ctx.formParam("unit");
        List<String> units = unit == null || unit.isBlank() ? List.of() : List.of(unit.strip());
        try {
            started(ctx, state.operations.start(Job.Kind.GENERATE, j -> state.office.generate(
                    new GenerateRequest(units, List.of()), new GenerateForms.Progress() {
                        @Override
                        public void started(int workbooks) {
                            j.started(workbooks);
                        }

                        @Override
                        public void wrote() {
                            j.stepped();
                        }
                    })));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
    }

    /** 计分: writes output/results/ and keeps the results for the pages. */
    void score(Context ctx) {
        try {
            started(ctx, state.operations.start(Job.Kind.SCORE, j -> {
                ScoreResult r = state.office.score();
                state.views.scored(r.results());
                return r;
            }));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
    }

    /** 公文: every document, optionally marked 示例. */
    void render(Context ctx) {
        boolean watermark = ctx.formParam("watermark") != null;
        try {
            started(ctx, state.operations.start(Job.Kind.RENDER, j -> state.office.render(watermark,
                    new RenderDocuments.Listener() {
                        @Override
                        public void fontsChosen(FontCatalog fonts) {
                            fonts.warnings().forEach(j::note);
                            fonts.describe().forEach(j::note);
                        }
                    })));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
    }

    /** 催报名单 as XLSX: written by `status` (also the CSV), then downloaded. */
    void reminders(Context ctx) {
        Job job;
        try {
            job = state.operations.runNow(Job.Kind.REMINDERS, j -> state.office.status());
        } catch (Operations.Busy e) {
            throw busy(e);
        }
        if (job.failed()) {
            throw new Refusal(500, String.join("\n", job.errors()));
        }
        Path xlsx = ((org.shuangbai.app.StatusResult) job.result()).reminderFiles().stream()
                .filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        ctx.redirect(new FileLinks(state.downloads).of(xlsx), HttpStatus.SEE_OTHER);
    }

    /** 备份: a checked copy of the ledger under output/backups/, sent as a download. */
    void backup(Context ctx) throws IOException {
        String stamp = STAMP.format(state.clock.instant().atZone(ZoneId.systemDefault()));
        Path dir = backupDir(state.workspace);
        Files.createDirectories(dir);
        Path target = dir.resolve(SafeFileName.of(Messages.text("console.backup.fileName", "time", stamp), ".db"));
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(SafeFileName.of(Messages.text("console.backup.fileName", "time", stamp + "-" + n),
                    ".db"));
        }
        Path file = target;
        Job job;
        try {
            job = state.operations.runNow(Job.Kind.BACKUP, j -> state.office.backup(file));
        } catch (Operations.Busy e) {
            throw busy(e);
        }
        if (job.failed()) {
            throw new Refusal(409, String.join("\n", job.errors()));
        }
        FileRoutes.send(ctx, file, false);
    }
}
