package org.shuangbai.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.shuangbai.text.Messages;

/**
 * Recognises a returned file by its content (magic bytes and package structure), never by its name,
 * and checks the package against {@link IntakeLimits} before any spreadsheet parser sees it:
 * entry count, inflated sizes (decompression bombs) and DTDs in any XML part (entity expansion and
 * external entities; no office suite writes a DTD into these formats).
 */
final class FileSniffer {
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
    private static final int CARRY = 24;
    private static final int BUFFER = 64 * 1024;

    private FileSniffer() {
    }

    /** What to do with a file that cannot be read as it is: save it anew, or ask the unit for a good copy. */
    static String todoResave() {
        return Messages.text("intake.todo.resave");
    }

    /** The spreadsheet type, or null when the file is not a spreadsheet at all. */
    static SpreadsheetType sniff(Path path, long size, IntakeLimits limits) throws FileRejection {
        if (size == 0) {
            throw new FileRejection(Messages.text("intake.file.empty"), todoResave());
        }
        if (size > limits.maxFileBytes()) {
            throw new FileRejection(Messages.text("intake.file.tooLarge",
                    "size", IntakeLimits.megabytes(size, RoundingMode.CEILING),
                    "limit", IntakeLimits.megabytes(limits.maxFileBytes(), RoundingMode.FLOOR)),
                    Messages.text("intake.file.tooLarge.todo"));
        }
        FileMagic magic;
        try (InputStream in = Files.newInputStream(path)) {
            magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
        } catch (IOException e) {
            throw new FileRejection(Messages.text("intake.file.cannotRead", "error", e.getMessage()),
                    Messages.text("intake.file.cannotRead.todo"));
        }
        return switch (magic) {
            case OOXML -> zipPackage(path, limits);
            case OLE2 -> ole2(path);
            default -> null;
        };
    }

    /** A short Chinese description of what a non-spreadsheet file seems to be. */
    static String describe(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
            return Messages.text(switch (magic) {
                case PDF -> "intake.kind.pdf";
                case HTML -> "intake.kind.html";
                case XML -> "intake.kind.xml";
                case RTF -> "intake.kind.rtf";
                case PNG, JPEG, GIF, TIFF, BMP -> "intake.kind.image";
                case WORD2 -> "intake.kind.word";
                default -> "intake.kind.unknown";
            });
        } catch (IOException e) {
            return Messages.text("intake.kind.unreadable");
        }
    }

    private static SpreadsheetType ole2(Path path) throws FileRejection {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            Set<String> names = fs.getRoot().getEntryNames();
            if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
                throw encrypted();
            }
            if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
                if (names.contains("_VBA_PROJECT_CUR")) {
                    throw macros();
                }
                return SpreadsheetType.XLS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new FileRejection(Messages.text("intake.file.oldOfficeDamaged"), todoResave());
        }
    }

    static FileRejection encrypted() {
        return new FileRejection(Messages.text("intake.file.encrypted"), Messages.text("intake.file.encrypted.todo"));
    }

    static FileRejection macros() {
        return new FileRejection(Messages.text("intake.file.macros"), Messages.text("intake.file.macros.todo"));
    }

    private static SpreadsheetType zipPackage(Path path, IntakeLimits limits) throws FileRejection {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Set<String> names = new HashSet<>();
            int count = 0;
            long total = 0;
            String mimetype = null;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            // one buffer for every entry (a new one per entry and per read was a fifth of what checking allocated)
            byte[] window = new byte[CARRY + BUFFER];
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxZipEntries()) {
                    throw bomb(Messages.text("intake.bomb.entries", "count", limits.maxZipEntries()));
                }
                names.add(e.getName());
                boolean xml = isXml(e.getName());
                long inflated = scan(zip, e, limits, xml, window);
                total += inflated;
                if (total > limits.maxInflatedBytes()) {
                    throw bomb(Messages.text("intake.bomb.inflated", "limit",
                            IntakeLimits.megabytes(limits.maxInflatedBytes(), RoundingMode.FLOOR)));
                }
                if (e.getName().equals("mimetype")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    }
                }
            }
            if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
                return ODS_MIME.equals(mimetype) ? SpreadsheetType.ODS : null;
            }
            if (names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                    throw macros();
                }
                return SpreadsheetType.XLSX;
            }
            return null;
        } catch (ZipException e) {
            throw new FileRejection(Messages.text("intake.file.zipDamaged"), todoResave());
        } catch (IOException e) {
            throw new FileRejection(Messages.text("intake.file.damaged", "error", e.getMessage()), todoResave());
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml") || n.endsWith(".rdf");
    }

    /**
     * Inflates one entry counting bytes (never trusting declared sizes) and checking its CRC-32 (a part
     * damaged in transit may still inflate to well-formed XML with another digit in it); in XML parts,
     * looks for a DTD.
     */
    private static long scan(ZipFile zip, ZipEntry entry, IntakeLimits limits, boolean xml, byte[] window)
            throws IOException, FileRejection {
        // window: the last bytes of the previous read (at most CARRY, so a DTD split between reads is
        // seen whole), then the bytes just read
        int carried = 0;
        long n = 0;
        CRC32 crc = new CRC32();
        try (InputStream in = zip.getInputStream(entry)) {
            int r;
            while ((r = in.read(window, carried, BUFFER)) > 0) {
                crc.update(window, carried, r);
                n += r;
                if (n > limits.maxEntryBytes()) {
                    throw bomb(Messages.text("intake.bomb.entry", "part", entry.getName(), "limit",
                            IntakeLimits.megabytes(limits.maxEntryBytes(), RoundingMode.FLOOR)));
                }
                if (xml) {
                    int length = carried + r;
                    if (declaresDtd(window, length)) {
                        throw new FileRejection(Messages.text("intake.part.dtd", "part", entry.getName()), todoResave());
                    }
                    int keep = Math.min(length, CARRY);
                    System.arraycopy(window, length - keep, window, 0, keep);
                    carried = keep;
                }
            }
        }
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new FileRejection(Messages.text("intake.part.crc", "part", entry.getName()), todoResave());
        }
        return n;
    }

    /**
     * Whether the bytes hold {@link #DOCTYPE} or {@link #ENTITY}, letters in either case: one pass for both
     * (they start alike with "<!", which has no other case), as every byte of every XML part goes through it.
     */
    private static boolean declaresDtd(byte[] hay, int length) {
        for (int i = 0; i + 1 < length; i++) {
            if (hay[i] == '<' && hay[i + 1] == '!' && (at(hay, length, i, DOCTYPE) || at(hay, length, i, ENTITY))) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(byte[] hay, int length, int i, byte[] needle) {
        if (i + needle.length > length) {
            return false;
        }
        for (int j = 2; j < needle.length; j++) {
            byte b = hay[i + j];
            byte want = needle[j];
            if (b != want && !(want >= 'A' && want <= 'Z' && b == want + 32)) {
                return false;
            }
        }
        return true;
    }

    private static FileRejection bomb(String what) {
        return new FileRejection(Messages.text("intake.bomb", "what", what), Messages.text("intake.bomb.todo"));
    }
}
