package org.shuangbai.intake;

import java.io.IOException;
import java.io.InputStream;
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
    static final String TODO_RESAVE = "请用 Excel、WPS 或 LibreOffice 打开原文件，另存为 .xlsx 后重新提交；"
            + "若无法打开，请向该单位索取完好的文件。";
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
    private static final int CARRY = 24;

    private FileSniffer() {
    }

    /** The spreadsheet type, or null when the file is not a spreadsheet at all. */
    static SpreadsheetType sniff(Path path, long size, IntakeLimits limits) throws FileRejection {
        if (size == 0) {
            throw new FileRejection("文件是空的（0 字节），可能在复制或发送时中断。", TODO_RESAVE);
        }
        if (size > limits.maxFileBytes()) {
            throw new FileRejection("文件大小 " + IntakeLimits.megabytes(size) + "，超过上限 "
                    + IntakeLimits.megabytes(limits.maxFileBytes()) + "，未予读取（正常的填报表不超过 1 MB）。",
                    "请确认这是下发的填报表；删除其中插入的图片或无关工作表后重新提交。");
        }
        FileMagic magic;
        try (InputStream in = Files.newInputStream(path)) {
            magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
        } catch (IOException e) {
            throw new FileRejection("无法读取文件：" + e.getMessage() + "。", "请检查文件是否仍在、是否有读取权限。");
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
            return switch (magic) {
                case PDF -> "PDF 文件";
                case HTML -> "网页（HTML）文件";
                case XML -> "XML 文本文件";
                case RTF -> "RTF 文档";
                case PNG, JPEG, GIF, TIFF, BMP -> "图片文件";
                case WORD2 -> "旧版 Word 文档";
                default -> "未知格式的文件";
            };
        } catch (IOException e) {
            return "无法读取的文件";
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
            throw new FileRejection("文件已损坏或不完整（旧版 Office 文件结构无法读取）。", TODO_RESAVE);
        }
    }

    static FileRejection encrypted() {
        return new FileRejection("工作簿设置了打开密码（已加密），无法核验。",
                "请在 Excel/WPS 中取消“打开密码”（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存并重新提交。");
    }

    static FileRejection macros() {
        return new FileRejection("工作簿含有宏（VBA 代码），为安全起见不予读取。",
                "请使用下发的原始工作簿填写，或另存为不含宏的“Excel 工作簿（.xlsx）”后重新提交。");
    }

    private static SpreadsheetType zipPackage(Path path, IntakeLimits limits) throws FileRejection {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Set<String> names = new HashSet<>();
            int count = 0;
            long total = 0;
            String mimetype = null;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxZipEntries()) {
                    throw bomb("文件内含的部件超过 " + limits.maxZipEntries() + " 个");
                }
                names.add(e.getName());
                boolean xml = isXml(e.getName());
                long inflated = scan(zip, e, limits, xml, e.getName().equals("mimetype"));
                total += inflated;
                if (total > limits.maxInflatedBytes()) {
                    throw bomb("文件解压后超过 " + IntakeLimits.megabytes(limits.maxInflatedBytes()));
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
            throw new FileRejection("文件已损坏或不完整（压缩包结构无法读取，常见于下载或拷贝中断）。", TODO_RESAVE);
        } catch (IOException e) {
            throw new FileRejection("文件已损坏或不完整：" + e.getMessage() + "。", TODO_RESAVE);
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
    private static long scan(ZipFile zip, ZipEntry entry, IntakeLimits limits, boolean xml, boolean small)
            throws IOException, FileRejection {
        byte[] buf = new byte[64 * 1024];
        byte[] carry = new byte[0];
        long n = 0;
        CRC32 crc = new CRC32();
        try (InputStream in = zip.getInputStream(entry)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                crc.update(buf, 0, r);
                n += r;
                if (n > limits.maxEntryBytes()) {
                    throw bomb("文件中的部件“" + entry.getName() + "”解压后超过 "
                            + IntakeLimits.megabytes(limits.maxEntryBytes()));
                }
                if (xml) {
                    byte[] window = new byte[carry.length + r];
                    System.arraycopy(carry, 0, window, 0, carry.length);
                    System.arraycopy(buf, 0, window, carry.length, r);
                    if (contains(window, DOCTYPE) || contains(window, ENTITY)) {
                        throw new FileRejection("文件中的部件“" + entry.getName() + "”含有 XML 文档类型定义（DTD/实体），"
                                + "正常的 Excel、WPS、LibreOffice 文件不会包含，可能是恶意构造的文件，未予读取。", TODO_RESAVE);
                    }
                    int keep = Math.min(window.length, CARRY);
                    carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
                }
            }
        }
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new FileRejection(Messages.text("intake.part.crc", "part", entry.getName()), TODO_RESAVE);
        }
        return n;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                byte b = hay[i + j];
                byte want = needle[j];
                if (b != want && !(want >= 'A' && want <= 'Z' && b == want + 32)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static FileRejection bomb(String what) {
        return new FileRejection(what + "，远超正常填报表，可能是恶意构造的“压缩炸弹”，未予读取。",
                "请确认这是下发的填报表；如确为正常填写的文件，请另存为新的 .xlsx 后重新提交。");
    }
}
