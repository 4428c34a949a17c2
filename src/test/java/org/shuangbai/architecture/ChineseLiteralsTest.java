package org.shuangbai.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the office reads is data (templates/messages.properties, form-texts.properties, the notice body
 * template): the product's Java holds no Chinese string literal, except the few below that are not
 * sentences for a reader but facts about Chinese type and input — each with the reason it stays in code.
 * A new Chinese literal in src/main fails here: put the text in the messages file and fetch it by key.
 */
class ChineseLiteralsTest {
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // how dates are typed: the characters a clerk may type between year, month and day
            Map.entry("intake/InputValidator.java: \"(\\\\d{4})\\\\s*[-/.年]\\\\s*(\\\\d{1,2})\\\\s*[-/.月]\\\\s*(\\\\d{1,2})\\\\s*日?(?:\\\\s+(\\\\d{1,2}):(\\\\d{2})(?::(\\\\d{2}))?)?\"",
                    "input syntax"),
            // how exporting systems write a rating's date and time (年月日, 时分秒, full-width colons)
            Map.entry("evaluation/RatingImport.java: \"(\\\\d{4})\\\\s*[-/.年]\\\\s*(\\\\d{1,2})\\\\s*[-/.月]\\\\s*(\\\\d{1,2})\\\\s*日?\"",
                    "input syntax"),
            Map.entry("evaluation/RatingImport.java: \"(?:[ T]+\\\\d{1,2}[:：时]\\\\d{1,2}(?:分(?:\\\\d{1,2}秒)?|[:：]\\\\d{1,2}(?:\\\\.\\\\d+)?)?)?\"",
                    "input syntax"),
            // the demo's exports write dates as such systems do, one of them in 年月日
            Map.entry("app/DemoRatings.java: \"yyyy年M月d日\"", "input syntax"),
            // a sample task's text up to its first punctuation mark names the demo's project
            Map.entry("forms/SampleFiller.java: \"[，,；;。]\"", "input syntax"),
            // separators a plan's author may use in a list cell, full-width or not
            Map.entry("plan/PlanLoader.java: \"[、,，;；\\\\s]+\"", "input syntax"),
            Map.entry("plan/PlanLoader.java: \"[,，]\"", "input syntax"),
            Map.entry("plan/PlanLoader.java: \"[:：]\"", "input syntax"),
            Map.entry("plan/AssessorsReader.java: \"[、,，;；\\\\s]+\"", "input syntax"),
            // a range of unit codes in assessors.csv / assignments.csv: S01-S22, S01～S22 or S01至S22
            Map.entry("plan/AssessorsReader.java: \"([A-Za-z_]*)(\\\\d{1,9})\\\\s*[-~～至]\\\\s*([A-Za-z_]*)(\\\\d{1,9})\"",
                    "input syntax"),
            // font family names as Excel knows them: identifiers, not text shown to anyone
            Map.entry("forms/WorkbookGenerator.java: \"宋体\"", "font family"),
            Map.entry("forms/WorkbookGenerator.java: \"黑体\"", "font family"),
            // the ideograph whose metrics stand for a line of Chinese type
            Map.entry("documents/Typesetter.java: \"国\"", "type metrics"),
            Map.entry("documents/Designs.java: \"国\"", "type metrics"),
            // the characters a face must draw to be usable for the documents
            Map.entry("documents/FontCatalog.java: \"中华人民共和国北京市朝阳区考核结果通报附件一二三：，。、（）〔〕—0123456789ABC\"",
                    "font coverage"),
            // file names of the government faces as installed on Windows machines
            Map.entry("documents/FontCatalog.java: \"方正小标宋简体.ttf\"", "font file"),
            Map.entry("documents/FontCatalog.java: \"方正小标宋_GBK.ttf\"", "font file"),
            Map.entry("documents/FontCatalog.java: \"仿宋_GB2312.ttf\"", "font file"),
            Map.entry("documents/FontCatalog.java: \"楷体_GB2312.ttf\"", "font file"),
            // font family names the JasperReports extension registers (identifiers in the report designs)
            Map.entry("documents/FontRole.java: \"公文标题\"", "font family"),
            Map.entry("documents/FontRole.java: \"公文宋体\"", "font family"),
            Map.entry("documents/FontRole.java: \"公文黑体\"", "font family"),
            Map.entry("documents/FontRole.java: \"公文仿宋\"", "font family"),
            Map.entry("documents/FontRole.java: \"公文楷体\"", "font family"),
            // GB/T 9704's numbering of headings (一、 and （一）) recognised in the notice body, and its numerals
            Map.entry("documents/BodyText.java: \"^[一二三四五六七八九十百]+、.*\"", "numbering syntax"),
            Map.entry("documents/BodyText.java: \"^（[一二三四五六七八九十百]+）[^。]*。?\"", "numbering syntax"),
            Map.entry("documents/BodyText.java: \"零一二三四五六七八九\"", "numerals"),
            Map.entry("documents/BodyText.java: \"十\"", "numerals"));

    /** A string literal, escapes included. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CHINESE = Pattern.compile("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]");

    @Test
    void theProductsJavaHoldsNoChineseTextButTheListedFactsOfType() throws IOException {
        Path root = Path.of("src/main/java/org/shuangbai");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        TreeSet<String> found = new TreeSet<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    if (CHINESE.matcher(m.group()).find()) {
                        found.add(name + ": " + m.group());
                    }
                }
            }
        }
        TreeSet<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(ALLOWED.keySet());
        assertEquals(new TreeSet<>(), unexpected, "Chinese text in Java: move it to templates/messages.properties");
        TreeSet<String> gone = new TreeSet<>(ALLOWED.keySet());
        gone.removeAll(found);
        assertEquals(new TreeSet<>(), gone, "allowed literals no longer in the code: remove them from the list");
    }
}
