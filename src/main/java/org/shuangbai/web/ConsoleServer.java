package org.shuangbai.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.shuangbai.Workspace;
import org.shuangbai.app.Office;
import org.shuangbai.app.UsageException;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/**
 * 网页控制台: {@code shuangbai serve}. One workspace, served to a browser in Chinese, on the same application
 * layer as the command line. The server takes the workspace lock when it starts and keeps it until it stops,
 * so a command in a terminal is refused meanwhile (exit code 4) exactly as when another command runs; its own
 * operations run one at a time under that lock ({@link Operations}).
 *
 * <p>Security: bound to 127.0.0.1 unless told otherwise; any other address requires a password (set with
 * {@code --set-password}) and is served over HTTPS ({@link TlsKeystore}); sessions, CSRF tokens, headers
 * ({@link Guard}); downloads only from output/ and input/returned/ ({@link DownloadPaths}); uploads bounded
 * and streamed to disk; every page escaped by its template engine ({@link Pages}).
 */
public final class ConsoleServer implements AutoCloseable {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** An uploaded file: the intake's own limit on a returned file. */
    public static final long MAX_FILE_BYTES = 20L << 20;
    /** One upload request, all its files together. */
    public static final long MAX_REQUEST_BYTES = 200L << 20;
    /** A form post (no file): far more than a form needs. */
    static final long MAX_FORM_BYTES = 64L << 10;

    /** What to serve and where: port 0 picks a free port (tests). */
    public record Options(Workspace workspace, String bind, int port, Clock clock, PrintStream err) {
        public static Options of(Workspace workspace, String bind, int port) {
            return new Options(workspace, bind, port, Clock.systemDefaultZone(), System.err);
        }
    }

    private final Javalin app;
    private final WorkspaceLock lock;
    private final Operations operations;
    private final URI url;
    private final String fingerprint;

    private ConsoleServer(Javalin app, WorkspaceLock lock, Operations operations, URI url, String fingerprint) {
        this.app = app;
        this.lock = lock;
        this.operations = operations;
        this.url = url;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts the console.
     *
     * @throws UsageException       an address that is not this machine's, a port in use, a non-loopback
     *                              address without a password
     * @throws WorkspaceLock.Busy   a command is running on the workspace
     */
    public static ConsoleServer start(Options options) throws UsageException, WorkspaceLock.Busy, IOException {
        Workspace workspace = options.workspace();
        InetAddress address;
        try {
            address = InetAddress.getByName(options.bind());
        } catch (UnknownHostException e) {
            throw new UsageException(Messages.text("console.serve.badAddress", "address", options.bind()));
        }
        boolean loopback = address.isLoopbackAddress();
        if (!loopback && !ConsolePassword.isSet(workspace)) {
            throw new UsageException(Messages.text("console.serve.passwordNeeded", "address", options.bind(),
                    "workspace", workspace.root()));
        }
        WorkspaceLock lock = WorkspaceLock.acquire(workspace, WorkspaceLock.Holder.CONSOLE);
        Operations operations = new Operations(lock, options.clock(), options.err());
        try {
            TlsKeystore tls = loopback ? null : TlsKeystore.loadOrCreate(workspace, address);
            Office office = Office.open(workspace);
            ConsoleState state = new ConsoleState(office, operations, options.clock(), options.err(),
                    !loopback || ConsolePassword.isSet(workspace), tls != null);
            clearUploads(state.uploadTemp);
            Javalin app = Javalin.create(config -> configure(config, state, address, options.port(), tls));
            try {
                app.start();
            } catch (JavalinBindException e) {
                throw new UsageException(Messages.text("console.serve.portInUse", "port", options.port()));
            }
            state.port = app.port();
            warm(state);
            String host = shownHost(address);
            URI url = URI.create((tls == null ? "http" : "https") + "://" + host + ":" + app.port() + "/");
            return new ConsoleServer(app, lock, operations, url, tls == null ? null : tls.fingerprint);
        } catch (UsageException | IOException | RuntimeException e) {
            operations.close();
            lock.close();
            throw e;
        }
    }

    /**
     * Reads the plan and the ledger for the board while the user is still opening the browser, so that the
     * first page of a large plan is as quick as the next ones.
     */
    private static void warm(ConsoleState state) {
        Thread t = new Thread(() -> {
            try {
                state.views.board();
            } catch (Exception e) {
                // the board page will show the same problem when asked for
            }
        }, "shuangbai-console-warm");
        t.setDaemon(true);
        t.start();
    }

    /** Temporary files of uploads a killed console left behind (only one console runs per workspace). */
    private static void clearUploads(java.nio.file.Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) {
            for (java.nio.file.Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The address to print: the bound one, or for "every address" the first of this machine on a network. */
    private static String shownHost(InetAddress address) throws IOException {
        if (address.isAnyLocalAddress()) {
            for (var n : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : java.util.Collections.list(n.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
            return "127.0.0.1";
        }
        String a = address.getHostAddress();
        return a.contains(":") ? "[" + a + "]" : a;
    }

    private static void configure(io.javalin.config.JavalinConfig config, ConsoleState state, InetAddress address,
                                  int port, TlsKeystore tls) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_FORM_BYTES;
        config.jetty.multipartConfig.cacheDirectory(state.uploadTemp.toString());
        config.jetty.multipartConfig.maxFileSize(MAX_FILE_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
        // parts are written to disk as they arrive: an upload is never held whole in memory
        config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
        config.staticFiles.enableWebjars();
        config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector;
            if (tls == null) {
                connector = new ServerConnector(server, new HttpConnectionFactory(http));
            } else {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(tls.file.toString());
                ssl.setKeyStorePassword(tls.password);
                ssl.setKeyStoreType("PKCS12");
                HttpConfiguration https = new HttpConfiguration(http);
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                // the certificate names the machine's addresses; a client may still reach it by another name
                secure.setSniHostCheck(false);
                https.addCustomizer(secure);
                connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                        new HttpConnectionFactory(https));
            }
            connector.setHost(address.getHostAddress());
            connector.setPort(port);
            return connector;
        });

        Guard guard = new Guard(state);
        PageRoutes pages = new PageRoutes(state);
        ActionRoutes actions = new ActionRoutes(state);
        FileRoutes files = new FileRoutes(state);
        var r = config.routes;
        r.before(guard::before);
        r.get("/", ctx -> ctx.redirect("/board", HttpStatus.SEE_OTHER));
        r.get("/login", guard::loginPage);
        r.post("/login", guard::login);
        r.post("/logout", guard::logout);
        r.get("/board", pages::board);
        r.get("/units/{code}", pages::unit);
        r.get("/bodies/{code}", pages::body);
        r.get("/intake", pages::intake);
        r.post("/intake/upload", actions::upload);
        r.post("/intake/rescan", actions::rescan);
        r.get("/jobs/{id}", pages::job);
        r.get("/jobs/{id}/rows", pages::jobRows);
        r.get("/distribution", pages::distribution);
        r.post("/distribution/generate", actions::generate);
        r.get("/distribution/all.zip", files::distributionZip);
        r.get("/distribution/units/{code}/zip", files::distributionZip);
        r.get("/scores", pages::scores);
        r.post("/scores/run", actions::score);
        r.get("/documents", pages::documents);
        r.post("/documents/render", actions::render);
        r.get("/reminders", pages::reminders);
        r.post("/reminders/xlsx", actions::reminders);
        r.get("/evaluation", pages::evaluation);
        r.post("/evaluation/ratings", actions::ratings);
        r.post("/evaluation/tasks", actions::taskList);
        r.post("/evaluation/check", actions::taskCheck);
        r.get("/backup", pages::backup);
        r.post("/backup", actions::backup);
        r.get("/files", files::file);
        r.get("/assets/{name}", files::asset);

        r.exception(Refusal.class, (e, ctx) -> refusal(state, ctx, e));
        r.exception(PlanException.class, (e, ctx) -> failure(state, ctx, 422, e));
        r.exception(Exception.class, (e, ctx) -> failure(state, ctx, 500, e));
        r.error(404, ctx -> {
            // a page of ours (e.g. an unknown unit) stands; the router's plain "not found" is replaced
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("text/html")) {
                refusal(state, ctx, new Refusal(404, Messages.text("console.page.missing", "path", ctx.path())));
            }
        });
    }

    private static void refusal(ConsoleState state, Context ctx, Refusal e) {
        if (e.redirect != null) {
            ctx.redirect(e.redirect, HttpStatus.SEE_OTHER);
            return;
        }
        Guard.headers(ctx);
        Map<String, Object> model = state.model(ctx, "error");
        model.put("status", e.status);
        model.put("lines", e.getMessage().lines().toList());
        model.put("busy", e.running);
        ctx.status(e.status);
        state.page(ctx, "error.vm", model);
    }

    private static void failure(ConsoleState state, Context ctx, int status, Exception e) {
        refusal(state, ctx, new Refusal(status, String.join("\n", Failures.lines(e, state.err))));
    }

    public URI url() {
        return url;
    }

    /** The console's operations (tests start one that waits, to see a second one refused). */
    Operations operations() {
        return operations;
    }

    public int port() {
        return app.port();
    }

    /** The SHA-256 fingerprint of the HTTPS certificate, or null when serving plain HTTP on loopback. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Stops serving, waits for a running operation to end, releases the workspace. */
    @Override
    public void close() {
        app.stop();
        operations.close();
        lock.close();
    }
}
