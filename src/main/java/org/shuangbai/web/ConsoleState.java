package org.shuangbai.web;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.javalin.http.Context;

import org.shuangbai.Workspace;
import org.shuangbai.app.Office;

/** What every part of the running console shares: the workspace, its operations and views, the security state. */
final class ConsoleState {
    final Workspace workspace;
    final Office office;
    final Pages pages;
    final Operations operations;
    final Views views;
    final Sessions sessions = new Sessions();
    final LoginThrottle throttle = new LoginThrottle();
    final SecurityLog securityLog;
    final DownloadPaths downloads;
    final Clock clock;
    final PrintStream err;
    final Path uploadTemp;
    /** True when a password must be given (always off loopback; on loopback once one was set). */
    final boolean passwordRequired;
    final boolean https;
    volatile int port;

    ConsoleState(Office office, Operations operations, Clock clock, PrintStream err, boolean passwordRequired,
                 boolean https) {
        this.workspace = office.workspace();
        this.office = office;
        this.pages = new Pages(workspace);
        this.operations = operations;
        this.views = new Views(workspace, operations);
        this.securityLog = new SecurityLog(workspace, err);
        this.downloads = new DownloadPaths(workspace);
        this.clock = clock;
        this.err = err;
        this.uploadTemp = workspace.privateDir().resolve("uploads");
        this.passwordRequired = passwordRequired;
        this.https = https;
    }

    static final String SESSION = "shuangbai.session";

    Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The values every page template gets: the CSRF token, the running operation, the formatter, the page's tab. */
    Map<String, Object> model(Context ctx, String nav) {
        Map<String, Object> model = new HashMap<>();
        Sessions.Session s = session(ctx);
        model.put("csrf", s == null ? "" : s.csrf);
        boolean signedIn = s != null && s.signedIn;
        // someone not signed in (an error page before the login, say) sees neither the tabs nor what is running
        boolean outsider = passwordRequired && !signedIn;
        model.put("signedIn", signedIn);
        model.put("passwordRequired", passwordRequired);
        model.put("running", outsider ? null : operations.running().orElse(null));
        model.put("fmt", new Format());
        model.put("nav", outsider ? "login" : nav);
        model.put("workspace", workspace.root().getFileName() == null ? workspace.root().toString()
                : workspace.root().getFileName().toString());
        return model;
    }

    void page(Context ctx, String template, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(pages.render(template, model));
    }
}
