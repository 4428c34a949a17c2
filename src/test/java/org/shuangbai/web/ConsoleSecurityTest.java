package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.UsageException;
import org.shuangbai.cli.CliRunner;
import org.shuangbai.cli.ExitCode;

/**
 * Each security rule of the console, over HTTP: CSRF tokens, confined downloads, bounded uploads, the
 * password with its rate limit, the non-loopback rule (and HTTPS there), the Host check, the cookie's
 * attributes, one operation at a time, and commands in a terminal refused while the console runs.
 */
class ConsoleSecurityTest {
    @TempDir
    Path dir;
    ConsoleFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ConsoleFixture(dir);
    }

    private String securityLog() throws Exception {
        Path log = SecurityLog.file(fx.workspace);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Test
    void everyStateChangingRequestWithoutTheTokenIsRefusedAndLogged() throws Exception {
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/board");
            assertNotNull(web.csrf);
            for (String path : List.of("/intake/rescan", "/distribution/generate", "/scores/run", "/documents/render",
                    "/reminders/xlsx", "/backup", "/logout")) {
                WebClient.Page none = web.postForm(path, Map.of());
                assertEquals(403, none.status(), path);
                assertTrue(none.text().contains("缺少有效的安全令牌"), path + ": " + none.text());
                WebClient.Page wrong = web.postForm(path, Map.of("_csrf", web.csrf + "x"));
                assertEquals(403, wrong.status(), path);
            }
            WebClient.Page upload = web.upload(List.of(fx.goodScoreSheet("S02", "s02.xlsx")), false);
            assertEquals(403, upload.status());
            assertFalse(Files.exists(fx.workspace.returnedDir().resolve("网页上传")), "nothing stored");
            // a token from another session is no token
            WebClient other = new WebClient(server.url());
            other.get("/board");
            assertEquals(403, web.postForm("/scores/run", Map.of("_csrf", other.csrf)).status());
            // and the right one works
            assertEquals(303, web.post("/scores/run", Map.of()).status());
            // a request from another site, even with a token, is refused by its Origin
            var request = java.net.http.HttpRequest.newBuilder(server.url().resolve("/intake/rescan"))
                    .header("Cookie", web.cookie).header("Origin", "http://evil.example")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + web.csrf)).build();
            WebClient.Page foreign = web.send(request);
            assertEquals(403, foreign.status());
            assertTrue(foreign.text().contains("来自其他网站"), foreign.text());
        }
        String log = securityLog();
        assertTrue(log.contains("POST /scores/run") && log.contains("缺少有效的安全令牌"), log);
        assertTrue(log.contains("POST /intake/upload"), log);
    }

    @Test
    void downloadsOutsideOutputAndReturnedAreRefusedAndLogged() throws Exception {
        Files.createDirectories(fx.workspace.outputDir());
        Files.writeString(fx.workspace.outputDir().resolve("ok.txt"), "fine");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(fx.workspace.outputDir().resolve("link.txt"), outside);
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            assertEquals("fine", web.get("/files?path=output/ok.txt").text());
            for (String path : List.of("../secret.txt", "output/../../secret.txt", "output/../.shuangbai/workspace.key",
                    ".shuangbai/workspace.key", "input/plan/units.csv", "ledger/ledger.db", "/etc/passwd",
                    "output\\..\\..\\secret.txt", "output/./ok.txt", "output//ok.txt", "C:/Windows/win.ini",
                    "output/link.txt", "output", "")) {
                WebClient.Page p = web.get("/files?path=" + WebClient.enc(path));
                assertEquals(403, p.status(), path + ": " + p.text());
                assertFalse(p.text().contains("secret") && !p.text().contains("secret.txt"), path);
            }
            assertEquals(403, web.get("/files").status(), "no path at all");
            assertEquals(404, web.get("/files?path=output/none.pdf").status());
            assertEquals(404, web.get("/assets/..%2F..%2Fpom.xml").status());
        }
        String log = securityLog();
        assertTrue(log.contains("GET /files") && log.contains("不允许下载 ../secret.txt"), log);
        assertTrue(log.contains("output/link.txt"), "a link out of output/ is refused: " + log);
    }

    @Test
    void anOversizeUploadIsRefusedBeforeAnythingIsStored() throws Exception {
        Path big = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 21; i++) {
                out.write(mb);
            }
        }
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/intake");
            WebClient.Page refused = web.upload(List.of(big), true);
            assertEquals(413, refused.status(), refused.text());
            assertTrue(refused.text().contains("20 MB"), refused.text());
            // a request that says it is larger than the limit is refused before its body is read
            String raw = raw(server, "POST /intake/upload?_csrf=" + web.csrf + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + server.port() + "\r\nCookie: " + web.cookie + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + (300L << 20) + "\r\nConnection: close\r\n\r\n--x\r\n");
            assertTrue(raw.startsWith("HTTP/1.1 413"), raw);
        }
        assertFalse(Files.exists(fx.workspace.returnedDir().resolve("网页上传")), "nothing stored");
        try (Stream<Path> temp = Files.list(fx.workspace.privateDir().resolve("uploads"))) {
            assertEquals(0, temp.count(), "no temporary upload left behind");
        }
    }

    /** One request over a plain socket (for headers an HTTP client will not send); returns the response. */
    static String raw(ConsoleServer server, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForeignHostNameIsRefusedOnAConsoleWithoutPassword() throws Exception {
        try (ConsoleServer server = fx.start()) {
            String answer = raw(server, "GET /board HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            String local = raw(server, "GET /board HTTP/1.1\r\nHost: localhost:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(local.startsWith("HTTP/1.1 200"), local);
        }
        assertTrue(securityLog().contains("evil.example"));
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSiteStrict() throws Exception {
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            String cookie = web.get("/board").header("Set-Cookie");
            assertTrue(cookie.startsWith(Sessions.COOKIE + "="), cookie);
            for (String attribute : List.of("; Path=/", "; HttpOnly", "; Secure", "; SameSite=Strict")) {
                assertTrue(cookie.contains(attribute), cookie);
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedLoggedAndRateLimited() throws Exception {
        ConsolePassword.set(fx.workspace, "正确的密码 correct-horse".toCharArray());
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            WebClient.Page board = web.get("/board");
            assertEquals(303, board.status());
            assertEquals("/login", board.location());
            assertEquals(403, web.postForm("/scores/run", Map.of()).status(), "no operation before signing in");
            web.get("/login");
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                WebClient.Page wrong = web.post("/login", Map.of("password", "guess " + i));
                assertEquals(401, wrong.status());
                assertTrue(wrong.text().contains("密码不正确"), wrong.text());
            }
            WebClient.Page blocked = web.post("/login", Map.of("password", "正确的密码 correct-horse"));
            assertEquals(429, blocked.status(), "even the right password waits once the limit is reached");
            assertNotNull(blocked.header("Retry-After"));
            assertTrue(blocked.text().contains("分钟后再试"), blocked.text());
            assertFalse(blocked.text().contains("href=\"/intake\""), "no tabs for someone not signed in");
            assertTrue(blocked.text().contains("href=\"/login\""), blocked.text());
            assertEquals(303, web.get("/board").status(), "still not signed in");
        }
        String log = securityLog();
        assertEquals(LoginThrottle.FREE_FAILURES, log.lines().filter(l -> l.contains("POST /login：密码不正确")).count(), log);
    }

    @Test
    void theRightPasswordSignsInWithAFreshSessionAndSignOutEndsIt() throws Exception {
        ConsolePassword.set(fx.workspace, "正确的密码 correct-horse".toCharArray());
        assertTrue(Files.readString(ConsolePassword.file(fx.workspace)).startsWith("pbkdf2-sha256:310000:"));
        assertFalse(Files.readString(ConsolePassword.file(fx.workspace)).contains("correct-horse"));
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/login");
            String before = web.cookie;
            WebClient.Page in = web.post("/login", Map.of("password", "正确的密码 correct-horse"));
            assertEquals(303, in.status(), in.text());
            assertEquals("/board", in.location());
            assertFalse(before.equals(web.cookie), "a new session id after signing in");
            assertEquals(200, web.get("/board").status());
            WebClient.Page out = web.post("/logout", Map.of());
            assertEquals("/login", out.location());
            assertEquals(303, web.get("/board").status());
        }
    }

    @Test
    void anyAddressButLoopbackNeedsAPasswordAndIsServedOverHttps() throws Exception {
        UsageException refused = assertThrows(UsageException.class, () -> fx.start("0.0.0.0"));
        assertTrue(refused.getMessage().contains("--set-password"), refused.getMessage());
        CliRunner.Result cli = CliRunner.run("serve", "-w", fx.workspace.root().toString(), "--bind", "0.0.0.0",
                "--port", "0");
        assertEquals(ExitCode.USAGE, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().contains("必须先设置密码"), cli.err());

        ConsolePassword.set(fx.workspace, "正确的密码 correct-horse".toCharArray());
        try (ConsoleServer server = fx.start("0.0.0.0")) {
            assertEquals("https", server.url().getScheme());
            assertTrue(server.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), server.fingerprint());
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) { }

                public void checkServerTrusted(X509Certificate[] c, String a) { }

                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            var http = java.net.http.HttpClient.newBuilder().sslContext(trustAll).build();
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("https://127.0.0.1:" + server.port() + "/board")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(303, response.statusCode(), "the password is asked for over HTTPS too");
            assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(""));
        }
        assertTrue(Files.exists(fx.workspace.privateDir().resolve(TlsKeystore.FILE)));
    }

    @Test
    void aSecondOperationIsRefusedWithTheRunningOneNamed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/board");
            Job running = server.operations().start(Job.Kind.RENDER, j -> {
                release.await();
                return null;
            });
            try {
                WebClient.Page second = web.post("/scores/run", Map.of());
                assertEquals(409, second.status());
                assertTrue(second.text().contains("正在进行：生成公文"), second.text());
                assertTrue(second.text().contains("/jobs/" + running.id()), second.text());
                assertTrue(web.get("/board").text().contains("正在进行：生成公文"), "every page says what runs");
                WebClient.Page upload = web.upload(List.of(fx.goodScoreSheet("S02", "s02.xlsx")), true);
                assertEquals(409, upload.status(), "an upload is refused before it is read");
            } finally {
                release.countDown();
            }
            web.finish("/jobs/" + running.id());
            assertEquals(303, web.post("/scores/run", Map.of()).status(), "free again");
        }
    }

    @Test
    void aCommandInATerminalIsRefusedWhileTheConsoleRuns() throws Exception {
        String ws = fx.workspace.root().toString();
        try (ConsoleServer server = fx.start()) {
            for (String[] command : List.of(new String[] {"status", "-w", ws}, new String[] {"ingest", "-w", ws},
                    new String[] {"score", "-w", ws})) {
                CliRunner.Result r = CliRunner.run(command);
                assertEquals(ExitCode.LOCKED, r.exitCode(), String.join(" ", command) + r.out() + r.err());
                assertTrue(r.err().contains("正被网页控制台（shuangbai serve，进程号 " + ProcessHandle.current().pid()
                        + "）使用") && r.err().contains("Ctrl+C"), r.err());
            }
            CliRunner.Result second = CliRunner.run("serve", "-w", ws, "--port", "0");
            assertEquals(ExitCode.LOCKED, second.exitCode(), "a second console on the same workspace");
            assertTrue(second.err().contains("正被网页控制台"), second.err());
        }
        assertEquals(ExitCode.OK, CliRunner.run("status", "-w", ws).exitCode(), "free once the console stopped");
    }
}
