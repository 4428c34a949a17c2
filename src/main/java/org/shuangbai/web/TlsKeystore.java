package org.shuangbai.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * The certificate the console serves HTTPS with when it is shared on the office network (over plain HTTP
 * the password and the session would cross the network readable by anyone on it). Made once, self-signed,
 * by the JDK's keytool into {@code .shuangbai/console-tls.p12} (its password beside it); the office may
 * replace both with a certificate of its own. Browsers warn about a self-signed certificate on the first
 * visit: the console prints its SHA-256 fingerprint so that the warning can be checked once and accepted.
 */
final class TlsKeystore {
    static final String FILE = "console-tls.p12";
    static final String PASSWORD_FILE = "console-tls.password";
    static final String ALIAS = "shuangbai";

    final Path file;
    final String password;
    final String fingerprint;

    private TlsKeystore(Path file, String password, String fingerprint) {
        this.file = file;
        this.password = password;
        this.fingerprint = fingerprint;
    }

    static TlsKeystore loadOrCreate(Workspace workspace, InetAddress bind) throws IOException {
        Path file = workspace.privateDir().resolve(FILE);
        Path passwordFile = workspace.privateDir().resolve(PASSWORD_FILE);
        if (!Files.isRegularFile(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            create(file, password, names(bind));
            Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
        }
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        return new TlsKeystore(file, password, fingerprint(file, password));
    }

    /** The addresses and names the certificate is made out to: the bound address, or every one of this machine. */
    static List<String> names(InetAddress bind) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        List<InetAddress> addresses = new ArrayList<>();
        if (bind.isAnyLocalAddress()) {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                addresses.addAll(Collections.list(n.getInetAddresses()));
            }
        } else {
            addresses.add(bind);
        }
        for (InetAddress a : addresses) {
            if (a instanceof Inet4Address) {
                names.add("ip:" + a.getHostAddress());
            }
        }
        names.add("dns:localhost");
        String host = InetAddress.getLocalHost().getHostName();
        if (host.matches("[A-Za-z0-9.-]+")) {
            names.add("dns:" + host);
        }
        return new ArrayList<>(names);
    }

    private static void create(Path file, String password, List<String> names) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException(Messages.text("console.tls.noKeytool", "file", file));
        }
        Files.createDirectories(file.getParent());
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "825",
                "-dname", "CN=Shuangbai console", "-ext", "SAN=" + String.join(",", names),
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(file)) {
                throw new IOException(Messages.text("console.tls.failed", "file", file, "error", output.strip()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String fingerprint(Path file, String password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            Certificate cert = ks.getCertificate(ALIAS);
            if (cert == null) {
                cert = ks.getCertificate(Collections.list(ks.aliases()).get(0));
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException(Messages.text("console.tls.unreadable", "file", file, "error", e.getMessage()), e);
        }
    }
}
