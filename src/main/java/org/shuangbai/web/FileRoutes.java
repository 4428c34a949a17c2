package org.shuangbai.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.javalin.http.Context;

import org.shuangbai.Defaults;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/**
 * Downloads: a file of output/ or input/returned/ by its workspace path (anything else refused and logged),
 * the distributed workbooks as a zip (all, or one unit's), and the pages' own CSS and scripts.
 */
final class FileRoutes {
    static final String ASSETS = TemplateLoader.FOLDER + "assets/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("zip", "application/zip"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"));

    private final ConsoleState state;

    FileRoutes(ConsoleState state) {
        this.state = state;
    }

    static String type(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    void file(Context ctx) throws IOException {
        String path = ctx.queryParam("path");
        Optional<Path> file;
        try {
            file = state.downloads.resolve(path);
        } catch (DownloadPaths.Refused e) {
            state.securityLog.refused(state.clock.instant(), ctx.ip(), "GET /files",
                    Messages.text("console.refused.path", "path", String.valueOf(path)));
            throw new Refusal(403, Messages.text("console.refused.path", "path", String.valueOf(path)));
        }
        if (file.isEmpty()) {
            throw new Refusal(404, Messages.text("console.file.missing", "path", path));
        }
        send(ctx, file.get(), "1".equals(ctx.queryParam("inline")));
    }

    /** Sends a file; inline (for the in-page preview) only as a PDF, else always as a download. */
    static void send(Context ctx, Path file, boolean inline) throws IOException {
        String name = file.getFileName().toString();
        String type = type(name);
        boolean showInPage = inline && type.equals("application/pdf");
        ctx.header("Content-Security-Policy", showInPage ? Guard.PREVIEW_CSP : Guard.DOWNLOAD_CSP);
        ctx.header("Content-Disposition", showInPage ? ContentDisposition.inline(name)
                : ContentDisposition.attachment(name));
        ctx.contentType(type);
        // sent as stored, with its size: compressing would make the body differ from the declared length (a
        // browser then fails the PDF preview), and PDF, workbooks and DOCX are compressed already
        ctx.disableCompression();
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        try (OutputStream out = ctx.outputStream()) {
            Files.copy(file, out);
        }
    }

    /** Every distributed workbook (or one unit's) in one zip, written as it is sent (never whole in memory). */
    void distributionZip(Context ctx) throws IOException, PlanException {
        if (state.operations.running().filter(j -> j.kind() == Job.Kind.GENERATE).isPresent()) {
            throw new Refusal(409, Messages.text("console.zip.generating"));
        }
        Path root = state.workspace.distributionDir();
        String code = ctx.pathParamMap().get("code");
        Path from = root;
        String name = Messages.text("console.zip.all");
        if (code != null) {
            Plan plan = state.views.board().plan();
            AssessedUnit unit = plan.unit(code).orElseThrow(() -> new Refusal(404,
                    Messages.text("console.unit.unknown", "code", code)));
            if (!Files.exists(state.workspace.keyFile())) {
                throw new Refusal(404, Messages.text("console.zip.none"));
            }
            from = new Distribution(state.workspace, plan).file(unit, FormKind.SCORE).getParent();
            name = unit.code() + "_" + unit.name();
        }
        if (!Files.isDirectory(from)) {
            throw new Refusal(404, Messages.text("console.zip.none"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        ctx.header("Content-Security-Policy", Guard.DOWNLOAD_CSP);
        ctx.header("Content-Disposition", ContentDisposition.attachment(SafeFileName.of(name, ".zip")));
        ctx.contentType("application/zip");
        ctx.disableCompression(); // a zip of zip packages
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            // workbooks are zip packages already: deflating them again gains little and costs time
            zip.setLevel(Deflater.BEST_SPEED);
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }

    /** The pages' CSS and scripts from templates/web/assets/ (the workspace's own first). */
    void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!name.matches("[a-z0-9-]+\\.(css|js|svg|png)")) {
            throw new Refusal(404, Messages.text("console.file.missing", "path", name));
        }
        Optional<InputStream> in = Defaults.open(state.workspace, ASSETS + name);
        if (in.isEmpty()) {
            throw new Refusal(404, Messages.text("console.file.missing", "path", name));
        }
        ctx.contentType(type(name));
        ctx.header("Cache-Control", "no-cache");
        try (InputStream s = in.get(); OutputStream out = ctx.outputStream()) {
            s.transferTo(out);
        }
    }
}
