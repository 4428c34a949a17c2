package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/**
 * The notice's attachments are written into the Word document's XML row by row, past POI (see
 * {@link DocxNotice#write}): what is written must be what POI itself saves, so that the file is the
 * same as when the attachments went through POI's document.
 */
class DocxNoticeAttachmentsTest {
    @TempDir
    Path dir;

    @Test
    void savedTextEscapesWhatPoiEscapesAndNothingElse() {
        assertEquals("a\"b>c&amp;d&lt;e ]]&gt; f'g", WordXml.saved("a\"b>c&d<e ]]> f'g"));
        assertEquals("1\n2\n3", WordXml.saved("1\r\n2\r3"));
        assertEquals("", WordXml.saved(null));
    }

    @Test
    void theAttachmentsAreWrittenAsPoiSavesThem() throws Exception {
        String awkward = "\"合成\" <第1> 街道 & ]]> 办";
        List<CommendedUnit> commended = List.of(
                new CommendedUnit("城区", "街道", 1, awkward, new BigDecimal("95.50"), "优秀", "说明 \"1\" > 0"));
        List<SummaryRow> summary = List.of(
                row("1", awkward, new BigDecimal("95.50"), "优秀", null),
                row("—", "区合成第00001局", null, "未评分", "取消评优"));
        NoticeData notice = new NoticeData("区双百考核办公室文件", "区双百办〔2025〕1号", "标题", "各单位", "正文",
                "区双百考核办公室", "2026年1月5日", null, "区双百考核办公室", "2026年1月5日",
                "先进单位名单", "得分汇总表", commended, summary);
        Path file = dir.resolve("notice.docx");
        new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2026, 1, 5), "办公室")
                .noticeDocx(notice, file);

        String written = documentXml(Files.newInputStream(file));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            doc.write(again);
        }
        assertEquals(documentXml(new java.io.ByteArrayInputStream(again.toByteArray())), written);
        assertTrue(written.contains("<w:t xml:space=\"preserve\">\"合成\" &lt;第1> 街道 &amp; ]]&gt; 办</w:t>"), written);
        assertTrue(written.contains("<w:t xml:space=\"preserve\">说明 \"1\" > 0</w:t>"), written);
        assertTrue(written.contains("<w:t xml:space=\"preserve\">取消评优</w:t>"), written);
        assertTrue(!written.contains("{attachments}"), "the placeholder is replaced");
    }

    private static SummaryRow row(String rank, String unit, BigDecimal total, String grade, String veto) {
        return new SummaryRow("城区", "街道", "城区·街道", rank, "S1", unit, "指标（60分）", "效能（40分）",
                null, null, null, null, null, null, total, total, null, null, null, null, null, null, total, grade, veto,
                grade);
    }

    private static String documentXml(InputStream docx) throws Exception {
        try (ZipInputStream zin = new ZipInputStream(docx)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
