package org.shuangbai.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for HTTP-level tests: keeps the session cookie by hand (Java's CookieManager
 * would not send a Secure cookie to http://127.0.0.1, which browsers do), reads the CSRF token from the
 * pages, follows no redirect by itself.
 */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]*)\"");

    record Page(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        String location() {
            return header("Location");
        }
    }

    final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    String cookie;
    String csrf;

    WebClient(URI base) {
        this.base = base;
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** A GET as a browser sends it, accepting compressed answers (the body is returned as received). */
    Page getAcceptingCompression(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept-Encoding", "gzip, deflate, br").GET().build());
    }

    /** A form post carrying the page's CSRF token. */
    Page post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        return postForm(path, withToken);
    }

    /** A form post exactly as given (no token added). */
    Page postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Uploads files as the page's script does (multipart, token in the X-CSRF-Token header when {@code token}). */
    Page upload(List<Path> files, boolean token) throws IOException, InterruptedException {
        Map<String, Path> byName = new java.util.LinkedHashMap<>();
        files.forEach(f -> byName.put(f.getFileName().toString(), f));
        return uploadNamed(byName, token);
    }

    Page uploadNamed(Map<String, Path> filesByName, boolean token) throws IOException, InterruptedException {
        return uploadTo("/intake/upload", filesByName, Map.of(), token);
    }

    /** A multipart post of files (field "files") and text fields to {@code path}, as a browser sends a form. */
    Page uploadTo(String path, Map<String, Path> filesByName, Map<String, String> fields, boolean token)
            throws IOException, InterruptedException {
        String boundary = "----shuangbai-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Path> f : filesByName.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(f.getValue()));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = request(path).header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.build());
    }

    /** Follows a redirect (GET of its Location). */
    Page follow(Page redirect) throws IOException, InterruptedException {
        return get(redirect.location());
    }

    /** Waits until the operation whose page {@code jobPath} is has finished; returns its final page. */
    Page finish(String jobPath) throws IOException, InterruptedException {
        for (int i = 0; i < 3000; i++) {
            Page rows = get(jobPath + "/rows?from=0");
            if (!"RUNNING".equals(rows.header("X-Job-State"))) {
                return get(jobPath);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("operation " + jobPath + " did not finish in 5 minutes");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    Page send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Optional<String> set = r.headers().firstValue("Set-Cookie");
        set.ifPresent(c -> {
            String pair = c.substring(0, c.indexOf(';'));
            cookie = pair.endsWith("=") ? null : pair;
        });
        Page page = new Page(r.statusCode(), r.headers().map(), r.body());
        String type = page.header("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            Matcher m = CSRF.matcher(page.text());
            if (m.find() && !m.group(1).isEmpty()) {
                csrf = m.group(1);
            }
        }
        return page;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
