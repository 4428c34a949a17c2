package org.shuangbai.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import org.shuangbai.text.Messages;

/**
 * Runs before every request: the security headers; on a console without password (loopback only) a Host
 * check, so that a web page elsewhere cannot reach it through a DNS name re-pointed at 127.0.0.1; the
 * session (sign-in where a password is required); and on every state-changing request the CSRF token and
 * the Origin. Also the sign-in and sign-out pages.
 */
final class Guard {
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";

    /**
     * Scripts, styles, images and frames from the console only; no inline script or style at all (the
     * pages have none), no plugin, no other site may frame a page. Frames from the console itself are
     * allowed: the notice is previewed in the page.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'self'";
    /** Files sent as downloads: should a browser display one anyway, nothing in it may run or load anything. */
    static final String DOWNLOAD_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
    /**
     * A PDF shown in the page (the notice preview): only the console may frame it. Nothing more, since
     * the browser's own PDF viewer must be able to run (a sandbox or object-src 'none' stops it).
     */
    static final String PREVIEW_CSP = "frame-ancestors 'self'";

    private static final Set<String> PUBLIC_PREFIXES = Set.of("/assets/", "/webjars/");

    private final ConsoleState state;

    Guard(ConsoleState state) {
        this.state = state;
    }

    void before(Context ctx) {
        headers(ctx);
        Instant now = state.clock.instant();
        if (!state.passwordRequired && !localHost(ctx.header("Host"))) {
            refuse(ctx, 403, Messages.text("console.refused.host", "host", String.valueOf(ctx.header("Host"))));
        }
        boolean open = ctx.path().equals("/login") || PUBLIC_PREFIXES.stream().anyMatch(ctx.path()::startsWith);
        Sessions.Session s = state.sessions.find(ctx.cookie(Sessions.COOKIE), now);
        if (s == null && (!state.passwordRequired || ctx.path().equals("/login"))) {
            s = state.sessions.create(!state.passwordRequired, now);
            ctx.header("Set-Cookie", Sessions.cookie(s));
        }
        ctx.attribute(ConsoleState.SESSION, s);
        if (state.passwordRequired && (s == null || !s.signedIn) && !open) {
            if (ctx.method() == HandlerType.GET) {
                throw Refusal.redirect("/login");
            }
            throw new Refusal(403, Messages.text("console.refused.signIn"));
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            if (s == null || !s.csrfMatches(csrfToken(ctx))) {
                refuse(ctx, 403, Messages.text("console.refused.csrf"));
            }
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.header("Host"))) {
                refuse(ctx, 403, Messages.text("console.refused.origin", "origin", origin));
            }
        }
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        // same-origin: a form post then carries its real Origin (no-referrer would make it "null")
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!ctx.path().startsWith("/webjars/") && !ctx.path().startsWith("/assets/")) {
            // the office's data: never kept in a shared or disk cache
            ctx.header("Cache-Control", "no-store");
        }
        if ("https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * The token from the header (scripts), else the form field (a plain form post), else — for an upload,
     * whose body is not read before the token is checked — the query parameter.
     */
    private static String csrfToken(Context ctx) {
        String token = ctx.header(CSRF_HEADER);
        if (token == null && !ctx.isMultipart()) {
            String type = ctx.contentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                token = ctx.formParam(CSRF_FIELD);
            }
        }
        return token != null ? token : ctx.queryParam(CSRF_FIELD);
    }

    private boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            if (h.equals(name + ":" + state.port) || (state.port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Logs the refusal with who asked and throws it. */
    void refuse(Context ctx, int status, String message) {
        state.securityLog.refused(state.clock.instant(), ctx.ip(), ctx.method() + " " + ctx.path(), message);
        throw new Refusal(status, message);
    }

    void loginPage(Context ctx) {
        if (!state.passwordRequired) {
            throw Refusal.redirect("/board");
        }
        Map<String, Object> model = state.model(ctx, "login");
        state.page(ctx, "login.vm", model);
    }

    void login(Context ctx) throws IOException {
        if (!state.passwordRequired) {
            throw Refusal.redirect("/board");
        }
        Instant now = state.clock.instant();
        String address = ctx.ip();
        Duration wait = state.throttle.waitFor(address, now);
        if (!wait.isZero()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            refuse(ctx, 429, Messages.text("console.login.throttled", "minutes", Math.max(1, (wait.toSeconds() + 59) / 60)));
        }
        String given = ctx.formParam("password");
        char[] password = given == null ? new char[0] : given.toCharArray();
        boolean ok;
        try {
            ok = ConsolePassword.matches(state.workspace, password);
        } finally {
            ConsolePassword.wipe(password);
        }
        if (!ok) {
            state.throttle.failed(address, now);
            state.securityLog.refused(now, address, "POST /login", Messages.text("console.login.wrong"));
            Map<String, Object> model = state.model(ctx, "login");
            model.put("error", Messages.text("console.login.wrong"));
            ctx.status(401);
            state.page(ctx, "login.vm", model);
            return;
        }
        state.throttle.succeeded(address);
        Sessions.Session fresh = state.sessions.signIn(state.session(ctx), now);
        ctx.header("Set-Cookie", Sessions.cookie(fresh));
        ctx.redirect("/board", HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        state.sessions.drop(state.session(ctx));
        ctx.header("Set-Cookie", Sessions.cookie("", 0));
        ctx.redirect(state.passwordRequired ? "/login" : "/board", HttpStatus.SEE_OTHER);
    }
}
