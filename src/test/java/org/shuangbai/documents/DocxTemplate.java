package org.shuangbai.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the default Word template of the notice (templates/notice.docx, committed; this test-side
 * writer and {@code DocxNoticeTest} keep the two the same), part by part so that it is small, readable
 * and reproducible. An office replaces it with its own (made in Word or WPS from
 * this one): the program keeps the template's styles, page setup, headers and footers and only fills
 * in the placeholders of the first page's header and the body (see {@link DocxNotice}).
 *
 * <p>What it holds, by GB/T 9704-2012: A4 with a 156 × 225 mm type area 37 mm from the top and 28 mm
 * from the left; a document grid of 22 lines ({@code w:docGrid lines}, line pitch 579 twips; its
 * charSpace records the 15.79 pt pitch of 28 characters, which the body's character spacing gives); styles 标题 (Title), 正文 (Normal), 主送机关, 一级标题,
 * 二级标题, 附件说明, 署名, 成文日期, 版记, 页码 naming the offices' fonts (方正小标宋简体, 仿宋_GB2312,
 * 楷体_GB2312, 黑体, 宋体) so that WPS and Word show them; the red 发文机关标志 and 发文字号 with the red
 * rule under it in the first page's header, placed on the page; odd and even footers with
 * "— PAGE —" (w:evenAndOddHeaders).
 */
final class DocxTemplate {
    static final String FILE = DocxNotice.TEMPLATE;
    static final String MARK = DocxNotice.MARK;
    static final String NUMBER = DocxNotice.NUMBER;

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** mm to twips. */
    static int tw(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private DocxTemplate() {
    }

    /** Writes the default template (the committed templates/notice.docx is this, see DocxTemplateTest). */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args.length > 0 ? args[0] : FILE), bytes());
    }

    public static byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    static void write(OutputStream out) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
                <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
                <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
                <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
                <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
                <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
                <Override PartName="/word/footer3.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                </Relationships>""");
        parts.put("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <dc:title>考核结果通报模板</dc:title><dc:creator>shuangbai</dc:creator>
                <dcterms:created xsi:type="dcterms:W3CDTF">2010-01-01T00:00:00Z</dcterms:created>
                <dcterms:modified xsi:type="dcterms:W3CDTF">2010-01-01T00:00:00Z</dcterms:modified>
                </cp:coreProperties>""");
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
                <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
                <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
                <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
                <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/>
                </Relationships>""");
        parts.put("word/document.xml", document());
        parts.put("word/styles.xml", styles());
        parts.put("word/settings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:settings xmlns:w="%s">
                <w:evenAndOddHeaders/>
                <w:defaultTabStop w:val="420"/>
                <w:characterSpacingControl w:val="compressPunctuation"/>
                <w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>
                <w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>
                </w:settings>""".formatted(W));
        parts.put("word/fontTable.xml", fontTable());
        parts.put("word/header1.xml", firstHeader());
        parts.put("word/header2.xml", part("hdr", "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>"));
        parts.put("word/footer1.xml", footer(true));
        parts.put("word/footer2.xml", footer(true));
        parts.put("word/footer3.xml", footer(false));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setTime(1262304000000L); // 2010-01-01: the same bytes on every build
                zip.putNextEntry(e);
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String part(String root, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" + root + " xmlns:w=\"" + W
                + "\" xmlns:r=\"" + R + "\">" + body + "</w:" + root + ">";
    }

    /** The section: A4, GB/T 9704 margins, the 22 × 28 grid, first page / odd / even headers and footers. */
    /**
     * A line of the grid centres its text: in LibreOffice the first line's em top sits 12.3 pt (246
     * twips, FandolFang) below the grid line's top, so the margin starts that much above the type area.
     */
    static final int GRID_OFFSET = 246;

    static String sectPr() {
        return "<w:sectPr>"
                + "<w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
                + "<w:headerReference w:type=\"even\" r:id=\"rId5\"/>"
                + "<w:headerReference w:type=\"first\" r:id=\"rId4\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId7\"/>"
                + "<w:footerReference w:type=\"even\" r:id=\"rId8\"/>"
                + "<w:footerReference w:type=\"first\" r:id=\"rId6\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"" + (tw(37) - GRID_OFFSET) + "\" w:right=\"" + (11906 - tw(28) - 8844) + "\" w:bottom=\"" + tw(35)
                + "\" w:left=\"" + tw(28) + "\" w:header=\"" + tw(15) + "\" w:footer=\"" + (tw(24) + 66) + "\" w:gutter=\"0\"/>"
                + "<w:titlePg/>"
                // 22 lines in 225 mm (579 twips). The 28 characters a line come from the body styles'
                // character spacing (16 pt less 0.25 pt): LibreOffice 7.4 sets a character wider than a
                // linesAndChars grid's pitch (16 pt in 15.79 pt) in two cells, 14 to a line (measured),
                // where Word adds the pitch's difference to each character, so the grid snaps lines only; w:charSpace still says the pitch (15.79 pt) for Word and WPS users
                // who switch the grid to characters.
                + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\" w:charSpace=\"-842\"/>"
                + "</w:sectPr>";
    }

    private static String document() {
        return part("document", "<w:body><w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>" + sectPr() + "</w:body>");
    }

    static String fonts(String ascii, String eastAsia) {
        return "<w:rFonts w:ascii=\"" + ascii + "\" w:hAnsi=\"" + ascii + "\" w:eastAsia=\"" + eastAsia + "\" w:cs=\"" + ascii + "\"/>";
    }

    private static String style(String type, String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"" + type + "\"" + (id.equals("Normal") ? " w:default=\"1\"" : "") + " w:styleId=\"" + id
                + "\"><w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String styles() {
        String fang = fonts("仿宋_GB2312", "仿宋_GB2312");
        return part("styles", "<w:docDefaults><w:rPrDefault><w:rPr>" + fang + "<w:spacing w:val=\"-5\"/>"
                + "<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:overflowPunct w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                // Normal is 正文 in Chinese Word and WPS, Title is 标题
                + style("paragraph", "Normal", "Normal", null,
                        "<w:overflowPunct w:val=\"0\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", fang)
                + style("paragraph", "Title", "Title", "Normal",
                        "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"
                                + "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                        fonts("方正小标宋简体", "方正小标宋简体") + "<w:spacing w:val=\"0\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
                + style("paragraph", "Addressee", "主送机关", "Normal", "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>", "")
                + style("paragraph", "Heading1", "一级标题", "Normal", "<w:outlineLvl w:val=\"0\"/>", fonts("黑体", "黑体"))
                + style("character", "Heading2", "二级标题", null, "", fonts("楷体_GB2312", "楷体_GB2312"))
                + style("paragraph", "Attachment", "附件说明", "Normal",
                        "<w:ind w:left=\"" + 650 * 16 / 5 + "\" w:leftChars=\"650\" w:hanging=\"" + 450 * 16 / 5
                                + "\" w:hangingChars=\"450\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/>", "")
                + style("paragraph", "Signature", "署名", "Normal", "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>", "")
                + style("paragraph", "Date", "成文日期", "Signature", "<w:ind w:right=\"1280\" w:rightChars=\"400\"/>", "")
                + style("paragraph", "Record", "版记", "Normal",
                        "<w:snapToGrid w:val=\"0\"/><w:ind w:left=\"280\" w:right=\"280\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"
                                + "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>",
                        "<w:spacing w:val=\"0\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
                + style("paragraph", "Header", "header", "Normal", "<w:snapToGrid w:val=\"0\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                        "<w:spacing w:val=\"-5\"/>")
                + style("paragraph", "Footer", "页码", "Normal",
                        "<w:snapToGrid w:val=\"0\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
                        fonts("宋体", "宋体") + "<w:spacing w:val=\"0\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
                + style("paragraph", "Mark", "发文机关标志", "Header", "<w:jc w:val=\"center\"/>",
                        fonts("方正小标宋简体", "方正小标宋简体") + "<w:color w:val=\"E60012\"/><w:spacing w:val=\"0\"/><w:sz w:val=\"84\"/><w:szCs w:val=\"84\"/>")
                + style("character", "TableHead", "表头", null, "", fonts("黑体", "黑体"))
                + style("table", "RecordTable", "版记表格", null, "", ""));
    }

    private static String fontTable() {
        StringBuilder sb = new StringBuilder();
        for (String[] f : new String[][] {{"仿宋_GB2312", "仿宋"}, {"方正小标宋简体", "宋体"}, {"楷体_GB2312", "楷体"},
                {"黑体", "SimHei"}, {"宋体", "SimSun"}}) {
            sb.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>");
        }
        return part("fonts", sb.toString());
    }

    /**
     * The 版头 on the first page, in its header: the mark's top 35 mm below the type area (72 mm from
     * the page's top), the number two lines below it, the red rule 4 mm under the number (the number's
     * paragraph border), all as frames placed on the page, so the body flows under them untouched.
     */
    private static String firstHeader() {
        String frame = "<w:framePr w:w=\"8844\" w:hSpace=\"0\" w:wrap=\"notBeside\" w:vAnchor=\"page\" w:hAnchor=\"margin\" w:xAlign=\"center\" w:y=\"%d\"/>";
        return part("hdr", "<w:p><w:pPr><w:pStyle w:val=\"Mark\"/>" + frame.formatted(tw(37 + 35) - 156)
                + "</w:pPr><w:r><w:t>" + MARK + "</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/>" + frame.formatted(tw(37 + 35 + 10.2 + 25.1) - 56)
                + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"5\" w:color=\"E60012\"/></w:pBdr>"
                + "</w:pPr><w:r><w:t>" + NUMBER + "</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>");
    }

    /** Page numbers: 4号 宋体 "— N —", odd pages right and even pages left, one character in. */
    private static String footer(boolean odd) {
        String ind = odd ? "<w:jc w:val=\"right\"/><w:ind w:right=\"280\"/>" : "<w:jc w:val=\"left\"/><w:ind w:left=\"280\"/>";
        return part("ftr", "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" + ind + "</w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>");
    }
}
