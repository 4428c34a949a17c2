package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shuangbai.ledger.RejectionTest.assertRejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;

/** Packages built to hurt a parser: too many entries, entity expansion inside a real workbook's sheet. */
class HostilePackageTest {
    static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";

    @TempDir
    Path dir;
    ReturnFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
    }

    FileReport ingest(Path file) throws Exception {
        return Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file)).files().get(0);
    }

    @Test
    void hugeNumberOfZipEntries() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("entries.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 2_500; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/x" + i + ".xml"));
            }
        }
        Files.write(file, bytes.toByteArray());
        assertRejected(ingest(file), null, "文件内含的部件超过 2000 个", "压缩炸弹");
    }

    @Test
    void billionLaughsInsideARealWorkbooksSheet() throws Exception {
        FormLayout layout = fx.layout("S01", FormKind.SCORE);
        Path good = dir.resolve("good.xlsx");
        ReturnFixture.fill(fx.generate("S01", FormKind.SCORE), good, layout, ReturnFixture.answers(layout, 0));
        Path file = fx.workspace.returnedDir().resolve("laughs.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
                    content = (LAUGHS + xml.replaceFirst("<sheetData>", "<sheetData>&lol9;"))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
            }
        }
        assertRejected(ingest(file), null, "部件“xl/worksheets/sheet1.xml”含有 XML 文档类型定义（DTD/实体）");
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.currentValues());
        }
    }

    /**
     * A part damaged on the way (here: one score changed, the CRC-32 the package records for the part
     * left as it was) still inflates to well-formed XML; it is refused, naming the part, not read.
     */
    @Test
    void aPartWhoseContentDiffersFromItsChecksumIsRefused() throws Exception {
        Path good = dir.resolve("good.xlsx");
        fx.filledScoreSheet("S01", good);
        String part = ReturnFixture.sheetPart(good, "效能监察");
        long crc;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(good.toFile())) {
            crc = zip.getEntry(part).getCrc();
        }
        Path changed = dir.resolve("changed.xlsx");
        ReturnFixture.rewriteParts(good, changed, java.util.Map.of(part, xml -> {
            String h5 = ReturnFixture.cellXml(xml, "H5");
            return xml.replace(h5, h5.replace("<v>0.8</v>", "<v>0.9</v>"));
        }));
        Path file = fx.workspace.returnedDir().resolve("damaged.xlsx");
        Files.write(file, withCrc(Files.readAllBytes(changed), part, crc));
        assertRejected(ingest(file), null, "部件“" + part + "”", "校验", "另存为 .xlsx");
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.currentValues());
        }
    }

    /** The zip with the CRC-32 recorded for one entry (local header and central directory) replaced. */
    static byte[] withCrc(byte[] zip, String entry, long crc) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 46 < zip.length; i++) {
            int signature = b.getInt(i);
            int nameAt = signature == 0x04034b50 ? i + 30 : signature == 0x02014b50 ? i + 46 : -1;
            int nameLength = signature == 0x04034b50 ? b.getShort(i + 26) : signature == 0x02014b50 ? b.getShort(i + 28) : 0;
            if (nameAt > 0 && nameLength == name.length && nameAt + name.length <= zip.length
                    && java.util.Arrays.equals(zip, nameAt, nameAt + name.length, name, 0, name.length)) {
                b.putInt(signature == 0x04034b50 ? i + 14 : i + 16, (int) crc);
                patched++;
            }
        }
        assertEquals(2, patched, "local header and central directory entry of " + entry);
        return zip;
    }

    @Test
    void billionLaughsInAnOpenDocumentContent() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("laughs.ods");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((LAUGHS + "<office:document-content>&lol9;</office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        assertRejected(ingest(file), null, "部件“content.xml”含有 XML 文档类型定义");
    }
}
