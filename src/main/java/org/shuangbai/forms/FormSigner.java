package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a workbook's identity and locked content with the workspace key (HMAC-SHA256), so intake can
 * prove a returned file was generated here, for that unit and form, with its labels unchanged.
 *
 * <p>The signed text is {@link #canonical}: the identity's canonical line, then one line per LABEL cell in
 * layout order, {@code sheet!ref=text}, with the text normalized as {@link LockedCell} does and then
 * backslash and line feed escaped ({@code \\}, {@code \n}) so that no cell text can forge a line.
 * The signature is written as 64 lowercase hex digits.
 */
public final class FormSigner {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public FormSigner(WorkspaceKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    }

    /** One keyed MAC per thread (doFinal resets it): looking the algorithm up for every workbook showed in profiles. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String sign(FormIdentity identity, List<LockedCell> cells) {
        return HexFormat.of().formatHex(macs.get().doFinal(canonical(identity, cells).getBytes(StandardCharsets.UTF_8)));
    }

    public String sign(FormLayout layout) {
        return sign(layout.identity(), layout.lockedCells());
    }

    /** True when {@code signature} is what this workspace's key gives for the identity and cells. */
    public boolean verify(FormIdentity identity, List<LockedCell> cells, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(identity, cells).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /**
     * The sheet-protection password of a plan's workbooks: derived from the key so it is not guessable
     * from the source, yet the same for every run. Protection only guards against slips; the signature
     * is what proves the locked content unchanged.
     */
    public String protectionPassword(String planCode) {
        return sign(new FormIdentity(planCode, 0, "", FormKind.SCORE, "protection"), List.of()).substring(0, 12);
    }

    /** The exact text the signature covers. */
    public static String canonical(FormIdentity identity, List<LockedCell> cells) {
        StringBuilder sb = new StringBuilder(identity.canonical());
        for (LockedCell c : cells) {
            sb.append('\n').append(escape(c.sheet())).append('!').append(c.ref()).append('=')
                    .append(escape(LockedCell.normalize(c.text())));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
