package org.shuangbai.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.shuangbai.Workspace;

/**
 * The console's password, kept only as a slow salted hash (PBKDF2 with HMAC-SHA256, the JDK's own) in
 * {@code .shuangbai/console-password}: one line {@code pbkdf2-sha256:<iterations>:<salt>:<hash>} (Base64).
 * The iteration count is stored with the hash, so raising it later keeps existing passwords valid.
 */
public final class ConsolePassword {
    static final String FILE = "console-password";
    static final String SCHEME = "pbkdf2-sha256";
    /** Chosen so that one check costs a few hundred milliseconds here: slow for guessing, fine for a login. */
    static final int ITERATIONS = 310_000;
    public static final int MIN_LENGTH = 10;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsolePassword() {
    }

    public static Path file(Workspace workspace) {
        return workspace.privateDir().resolve(FILE);
    }

    public static boolean isSet(Workspace workspace) {
        return Files.isRegularFile(file(workspace));
    }

    /** Stores the hash of {@code password} (replacing any earlier one), readable by the owner only where the OS allows. */
    public static void set(Workspace workspace, char[] password) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        String line = SCHEME + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash) + "\n";
        Files.createDirectories(workspace.privateDir());
        Path tmp = Files.createTempFile(workspace.privateDir(), FILE, ".tmp");
        try {
            ownerOnly(tmp);
            Files.writeString(tmp, line, StandardCharsets.US_ASCII);
            Files.move(tmp, file(workspace), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether {@code candidate} is the stored password; false when none is set or the file is damaged. */
    public static boolean matches(Workspace workspace, char[] candidate) throws IOException {
        if (!isSet(workspace)) {
            return false;
        }
        String[] parts = Files.readString(file(workspace), StandardCharsets.US_ASCII).strip().split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            // constant time: the comparison does not tell how much of a guess was right
            return MessageDigest.isEqual(expected, derive(candidate, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the folder's ACL (the user's own workspace)
        }
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
