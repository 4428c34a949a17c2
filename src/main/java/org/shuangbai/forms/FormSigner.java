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
        SignedText text = new SignedText(macs.get(), identity);
        for (LockedCell c : cells) {
            text.cell(c.sheet(), c.ref(), c.text());
        }
        return text.signature();
    }

    public String sign(FormLayout layout) {
        return sign(layout.identity(), layout);
    }

    /**
     * The signature over {@code identity} and the layout's LABEL cells as issued: what {@link #sign(FormIdentity,
     * List)} gives for {@code layout.lockedCells()}, without a {@link LockedCell} or an A1 string per cell (a
     * body's workbook of 10,000 units has 400,000 labels, signed when generated and again when returned).
     */
    private String sign(FormIdentity identity, FormLayout layout) {
        SignedText text = new SignedText(macs.get(), identity);
        for (CellSpec c : layout.cells()) {
            if (c.role() == CellRole.LABEL) {
                text.cell(c.sheet(), c.row(), c.column(), c.text());
            }
        }
        return text.signature();
    }

    /** True when {@code signature} is what this workspace's key gives for the identity and cells. */
    public boolean verify(FormIdentity identity, List<LockedCell> cells, String signature) {
        return signature != null && matches(sign(identity, cells), signature);
    }

    /**
     * True when {@code signature} is what this workspace's key gives for the identity and the layout's LABEL
     * cells as issued (intake has found every locked cell of the file equal to them first).
     */
    public boolean verify(FormIdentity identity, FormLayout issued, String signature) {
        return signature != null && matches(sign(identity, issued), signature);
    }

    private static boolean matches(String computed, String signature) {
        byte[] expected = computed.getBytes(StandardCharsets.US_ASCII);
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

    /**
     * {@link #canonical}'s text written straight into the MAC as its UTF-8 bytes, through one buffer: building
     * the text of a body's workbook (tens of megabytes) and encoding it again showed in profiles.
     */
    private static final class SignedText {
        private final Mac mac;
        private final byte[] buffer = new byte[16384];
        private int used;
        /** The last sheet's name, escaped and encoded: cells come sheet by sheet. */
        private String sheet;
        private byte[] sheetBytes;

        SignedText(Mac mac, FormIdentity identity) {
            this.mac = mac;
            mac.reset(); // nothing left over from a signing that failed half way
            write(identity.canonical());
        }

        void cell(String sheetName, String ref, String text) {
            start(sheetName);
            write(ref);
            end(text);
        }

        void cell(String sheetName, int row, int column, String text) {
            start(sheetName);
            write(CellSpec.columnName(column));
            digits(row + 1);
            end(text);
        }

        private void start(String sheetName) {
            if (!sheetName.equals(sheet)) {
                sheet = sheetName;
                sheetBytes = escape(sheetName).getBytes(StandardCharsets.UTF_8);
            }
            room(1);
            buffer[used++] = '\n';
            write(sheetBytes);
            room(1);
            buffer[used++] = '!';
        }

        private void end(String text) {
            room(1);
            buffer[used++] = '=';
            String normalized = LockedCell.normalize(text);
            write(normalized.indexOf('\\') < 0 && normalized.indexOf('\n') < 0 ? normalized : escape(normalized));
        }

        /** A positive number's decimal digits. */
        private void digits(int n) {
            room(10);
            int from = used;
            for (int v = n; v > 0; v /= 10) {
                buffer[used++] = (byte) ('0' + v % 10);
            }
            for (int i = from, j = used - 1; i < j; i++, j--) {
                byte b = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = b;
            }
        }

        /** A text's UTF-8 bytes: ASCII copied as it goes, the rest (from its first other char) as Java encodes it. */
        private void write(String s) {
            int n = s.length();
            if (n > buffer.length) {
                write(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
            room(n); // enough for its ASCII; the rest makes its own room
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    write(s.substring(i).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                buffer[used++] = (byte) c;
            }
        }

        private void write(byte[] bytes) {
            room(bytes.length);
            if (bytes.length > buffer.length) {
                mac.update(bytes);
            } else {
                System.arraycopy(bytes, 0, buffer, used, bytes.length);
                used += bytes.length;
            }
        }

        /** Makes room for {@code bytes} more (passing on what the buffer holds); a larger run bypasses it. */
        private void room(int bytes) {
            if (used + bytes > buffer.length) {
                mac.update(buffer, 0, used);
                used = 0;
            }
        }

        String signature() {
            mac.update(buffer, 0, used);
            used = 0;
            return HexFormat.of().formatHex(mac.doFinal());
        }
    }
}
