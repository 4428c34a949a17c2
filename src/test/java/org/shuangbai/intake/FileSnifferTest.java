package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a returned file is, judged from its content before any spreadsheet parser sees it: each kind of
 * content beside the verdict, written as {@code XLSX}/{@code XLS}/{@code ODS}, {@code not a spreadsheet:
 * <what it seems to be>}, or {@code refused: <what is wrong> | <what to do>} exactly as the office reads it.
 */
class FileSnifferTest {
    private static final String RESAVE = "请用 Excel、WPS 或 LibreOffice 打开原文件，另存为 .xlsx 后重新提交；"
            + "若无法打开，请向该单位索取完好的文件。";
    private static final String BOMB_TODO = "请确认这是下发的填报表；如确为正常填写的文件，请另存为新的 .xlsx 后重新提交。";
    /** Small limits, so a test file need not be large to cross them. */
    private static final IntakeLimits SMALL = new IntakeLimits(4096, 5, 1000, 1500, 32_767, Duration.ofSeconds(60));

    @TempDir
    Path dir;

    // ── spreadsheets, by content ──

    @Test
    void anOfficeOpenXmlWorkbookIsXlsx() throws IOException {
        assertEquals("XLSX", verdict(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")));
    }

    @Test
    void anOpenDocumentSpreadsheetIsOds() throws IOException {
        assertEquals("ODS", verdict(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>")));
    }

    @Test
    void anOle2FileWithAWorkbookStreamIsXls() throws IOException {
        assertEquals("XLS", verdict(ole2("Workbook")));
        assertEquals("XLS", verdict(ole2("Book")));
    }

    // ── not spreadsheets: described, never read ──

    @Test
    void otherContentIsNotASpreadsheetAndSaysWhatItSeemsToBe() throws IOException {
        assertEquals("not a spreadsheet: PDF 文件", verdict(ascii("%PDF-1.4\n%âãÏÓ\n")));
        assertEquals("not a spreadsheet: 网页（HTML）文件", verdict(ascii("<!DOCTYPE html><html><body>表</body></html>")));
        assertEquals("not a spreadsheet: XML 文本文件", verdict(ascii("<?xml version=\"1.0\"?><a/>")));
        assertEquals("not a spreadsheet: RTF 文档", verdict(ascii("{\\rtf1\\ansi 说明}")));
        assertEquals("not a spreadsheet: 图片文件", verdict(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals("not a spreadsheet: 图片文件", verdict(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1)));
        assertEquals("not a spreadsheet: 未知格式的文件", verdict(ascii("单位,得分\nS01,8.5\n")));
    }

    @Test
    void aPackageThatIsNoSpreadsheetIsNotASpreadsheet() throws IOException {
        assertEquals("not a spreadsheet: 未知格式的文件", verdict(zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>")));
        assertEquals("not a spreadsheet: 未知格式的文件", verdict(zip("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document/>")));
        assertEquals("not a spreadsheet: 未知格式的文件", verdict(zip("readme.txt", "压缩包")));
        assertEquals("not a spreadsheet: 未知格式的文件", verdict(ole2("WordDocument")));
    }

    // ── refused before any parser runs ──

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertEquals("refused: 文件是空的（0 字节），可能在复制或发送时中断。 | " + RESAVE, verdict(new byte[0]));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        assertEquals("refused: 文件大小 20.5 MB，超过上限 20 MB，未予读取（正常的填报表不超过 1 MB）。"
                        + " | 请确认这是下发的填报表；删除其中插入的图片或无关工作表后重新提交。",
                verdict(new byte[(int) (20.5 * (1 << 20))], IntakeLimits.DEFAULT));
    }

    /** Regression: one byte over 20 MB read "文件大小 20 MB，超过上限 20 MB". */
    @Test
    void aSizeJustOverTheLimitReadsLargerThanTheLimit() throws IOException {
        assertEquals("refused: 文件大小 20.1 MB，超过上限 20 MB，未予读取（正常的填报表不超过 1 MB）。"
                        + " | 请确认这是下发的填报表；删除其中插入的图片或无关工作表后重新提交。",
                verdict(new byte[(20 << 20) + 1], IntakeLimits.DEFAULT));
        assertEquals("refused: 文件大小 0.1 MB，超过上限 0 MB，未予读取（正常的填报表不超过 1 MB）。"
                        + " | 请确认这是下发的填报表；删除其中插入的图片或无关工作表后重新提交。",
                verdict(new byte[4097]));
    }

    @Test
    void aDamagedPackageIsRefused() throws IOException {
        byte[] whole = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        assertEquals("refused: 文件已损坏或不完整（压缩包结构无法读取，常见于下载或拷贝中断）。 | " + RESAVE, verdict(cut));
    }

    @Test
    void aPartWhoseBytesDifferFromItsChecksumIsRefused() throws IOException {
        byte[] zip = storedZip("xl/workbook.xml", "<workbook><v>8.5</v></workbook>");
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("8.5", "9.5");
        assertEquals("refused: 文件中的部件“xl/workbook.xml”与文件记录的校验值（CRC-32）不符：文件在复制或发送时损坏，"
                        + "或被其他程序改动过，其中的内容不可信，未予读取 | " + RESAVE,
                verdict(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aDocumentTypeDefinitionInAnyXmlPartIsRefused() throws IOException {
        assertEquals("refused: 文件中的部件“xl/workbook.xml”含有 XML 文档类型定义（DTD/实体），正常的 Excel、WPS、LibreOffice "
                        + "文件不会包含，可能是恶意构造的文件，未予读取。 | " + RESAVE,
                verdict(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><workbook>&lol;</workbook>")));
        assertEquals("refused: 文件中的部件“_rels/.rels”含有 XML 文档类型定义（DTD/实体），正常的 Excel、WPS、LibreOffice "
                        + "文件不会包含，可能是恶意构造的文件，未予读取。 | " + RESAVE,
                verdict(zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<!entity x SYSTEM \"file:///etc/passwd\">",
                        "xl/workbook.xml", "<workbook/>")));
    }

    @Test
    void aDocumentTypeDefinitionSplitBetweenTwoReadsIsRefused() throws IOException {
        // a stored part is read 64 KiB at a time: the declaration starts a few bytes before the second read
        for (int before : new int[] {1, 4, 8, 9}) {
            String xml = "<workbook>" + " ".repeat(65_536 - before - 10) + "<!DOCTYPE x>" + " ".repeat(100)
                    + "</workbook>";
            assertEquals("refused: 文件中的部件“xl/workbook.xml”含有 XML 文档类型定义（DTD/实体），正常的 Excel、WPS、"
                    + "LibreOffice 文件不会包含，可能是恶意构造的文件，未予读取。 | " + RESAVE,
                    verdict(storedZip("xl/workbook.xml", xml), IntakeLimits.DEFAULT),
                    "split " + before + " bytes before the second read");
        }
    }

    @Test
    void packagesBeyondTheLimitsAreRefusedAsDecompressionBombs() throws IOException {
        assertEquals("refused: 文件内含的部件超过 5 个，远超正常填报表，可能是恶意构造的“压缩炸弹”，未予读取。 | " + BOMB_TODO,
                verdict(zip("a", "", "b", "", "c", "", "d", "", "e", "", "f", "")));
        assertEquals("refused: 文件中的部件“xl/sheet.xml”解压后超过 0 MB，远超正常填报表，可能是恶意构造的“压缩炸弹”，未予读取。 | "
                + BOMB_TODO, verdict(zip("xl/sheet.xml", " ".repeat(1001))));
        assertEquals("refused: 文件解压后超过 0 MB，远超正常填报表，可能是恶意构造的“压缩炸弹”，未予读取。 | " + BOMB_TODO,
                verdict(zip("a", " ".repeat(900), "b", " ".repeat(900))));
    }

    @Test
    void encryptedWorkbooksAndMacrosAreRefused() throws IOException {
        String encrypted = "refused: 工作簿设置了打开密码（已加密），无法核验。 | 请在 Excel/WPS 中取消“打开密码”"
                + "（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存并重新提交。";
        String macros = "refused: 工作簿含有宏（VBA 代码），为安全起见不予读取。 | 请使用下发的原始工作簿填写，"
                + "或另存为不含宏的“Excel 工作簿（.xlsx）”后重新提交。";
        // an encrypted .xlsx is an OLE2 container holding the encrypted package
        assertEquals(encrypted, verdict(ole2("EncryptionInfo", "EncryptedPackage")));
        assertEquals(macros, verdict(ole2("Workbook", "_VBA_PROJECT_CUR")));
        assertEquals(macros, verdict(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>",
                "xl/vbaProject.bin", "VBA")));
    }

    @Test
    void aDamagedOle2FileIsRefused() throws IOException {
        byte[] ole = ole2("Workbook");
        byte[] cut = java.util.Arrays.copyOf(ole, 600);
        assertEquals("refused: 文件已损坏或不完整（旧版 Office 文件结构无法读取）。 | " + RESAVE, verdict(cut));
    }

    // ── the file name decides only between refusing and skipping what is not a spreadsheet ──

    @Test
    void aNameLikeASpreadsheetTurnsASkipIntoARefusal() {
        for (String name : new String[] {"评分表.xlsx", "评分表.XLS", "a.ods", "a.et", "a.csv", "a.xlsm"}) {
            assertTrue(ReturnedFileChecker.namedLikeSpreadsheet(name), name);
        }
        for (String name : new String[] {"说明.pdf", "照片.jpg", "xlsx", "a.xlsx.txt", "无扩展名"}) {
            assertFalse(ReturnedFileChecker.namedLikeSpreadsheet(name), name);
        }
    }

    private String verdict(byte[] content) throws IOException {
        return verdict(content, SMALL);
    }

    private String verdict(byte[] content, IntakeLimits limits) throws IOException {
        Path file = Files.write(dir.resolve("returned.bin"), content);
        try {
            SpreadsheetType type = FileSniffer.sniff(file, content.length, limits);
            return type != null ? type.name() : "not a spreadsheet: " + FileSniffer.describe(file);
        } catch (FileRejection e) {
            return "refused: " + e.problem().what() + " | " + e.problem().todo();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** A deflated zip of name/content pairs. */
    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip with the content types and one part stored uncompressed, so its bytes can be changed in place. */
    private static byte[] storedZip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            ZipEntry e = new ZipEntry(name);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(data);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** An OLE2 (old Office) container with these streams. */
    private static byte[] ole2(String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String s : streams) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), s);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
