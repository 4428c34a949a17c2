package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.scoring.Fixtures.all;
import static org.shuangbai.scoring.Fixtures.sheet;

import org.shuangbai.scoring.Fixtures;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.TieAtCut;

import com.opencsv.CSVReader;

class ResultsFilesTest {

    /** S01 two assessors (A: 91.75), S02 VL=是 (A: 95), S03 missing, S04 rejected; D01 alone. */
    private static Results sample() {
        var plan = Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL, RankTie.COMPETITION,
                Aggregation.MEAN, 2), "S01", "S02", "S03", "S04", "D01");
        return Scoring.score(plan, all(
                sheet("S01", "检查组", 1, "A1=45 A2=28.5 A3=17 B1=80.1 A1.self=48 A2.self=30 A3.self=20 A1.note=台账不全"),
                sheet("S01", "主管领导", 2, "A1=46 A2=29 A3=18 B1=80.2"),
                sheet("S02", "检查组", 3, "A1=45 A2=30 A3=20 B1=70 VL=是 VL.explain=安全事故"),
                sheet("D01", "检查组", 4, "A1=39.9 A2=29.9 A3=19.9 B1=99.9")), Set.of("S04"));
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "UTF-8 BOM");
        try (Reader r = new java.io.StringReader(text.substring(1)); CSVReader csv = new CSVReader(r)) {
            return csv.readAll();
        }
    }

    @Test
    void resultsCsvHasOneRowPerUnitAndSystem(@TempDir Path dir) throws Exception {
        ResultsFiles.write(sample(), dir);
        List<String[]> rows = readCsv(dir.resolve("results.csv"));
        assertEquals(List.of("单位代码", "单位名称", "分组", "指标体系", "状态", "总分", "A-C1 甲一", "A-C2 甲二", "B-C1 乙一",
                "自评总分", "一票否决", "评优资格", "等次", "排名", "先进单位", "说明"), List.of(rows.get(0)));
        assertEquals(1 + 5 * 2, rows.size());
        // System A, 街乡 by rank: S02 95 (vetoed), S01 91.75, then S03 missing and S04 rejected; then 委办局.
        assertEquals(List.of("S02", "单位S02", "街乡", "甲", "已计分", "95.00", "75.00", "20.00", "", "", "VL 取消评优资格（检查组：安全事故）",
                "无", "良好", "1", "否", "有效评分表 1 份；总分达到优秀分数线，因一票否决（取消评优资格）定为良好"), List.of(rows.get(1)));
        assertEquals(List.of("S01", "单位S01", "街乡", "甲", "已计分", "91.75", "74.25", "17.50", "", "98.00", "", "有", "优秀",
                "2", "否", "有效评分表 2 份"), List.of(rows.get(2)));
        assertEquals(List.of("S03", "单位S03", "街乡", "甲", "评分表未交", "", "", "", "", "", "", "", "", "", "否",
                "尚未收到有效评分表，未计分"), List.of(rows.get(3)));
        assertEquals("评分表被退回", rows.get(4)[4]);
        assertEquals("", rows.get(4)[5]);
        // 0.1 steps stay exact: 39.9 + 29.9 + 19.9 = 89.70.
        assertEquals(List.of("D01", "甲", "89.70", "良好", "1"),
                List.of(rows.get(5)[0], rows.get(5)[3], rows.get(5)[5], rows.get(5)[12], rows.get(5)[13]));
        assertEquals(List.of("S01", "乙", "80.15"), List.of(rows.get(6)[0], rows.get(6)[3], rows.get(6)[5]));
    }

    @Test
    void indicatorsCsvTracesEveryFigureToItsCell(@TempDir Path dir) throws Exception {
        ResultsFiles.write(sample(), dir);
        List<String[]> rows = readCsv(dir.resolve("indicators.csv"));
        String[] s01a1 = rows.stream().filter(r -> r[0].equals("S01") && r[4].equals("A1")).findFirst().orElseThrow();
        assertEquals(List.of("S01", "单位S01", "甲", "甲一", "A1", "指标A1", "50", "45.50", "48.00", "-2.50", "检查组：台账不全", "2",
                "主管领导：S01_主管领导.xlsx!考核评分表!C1=46；检查组：S01_检查组.xlsx!考核评分表!C1=45",
                "检查组：S01_检查组.xlsx!考核评分表!C5=48", ""), List.of(s01a1));
        // Only scored units have indicator rows: 3 scored units × 3 A indicators + 3 × 1 B indicator.
        assertEquals(1 + 9 + 3, rows.size());
    }

    @Test
    void workbookHasRankingCommendedVetoAndRulesSheets(@TempDir Path dir) throws Exception {
        Results results = sample();
        ResultsFiles.write(results, dir);
        try (InputStream in = Files.newInputStream(dir.resolve("results.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertEquals(List.of("甲-街乡", "甲-委办局", "乙-街乡", "乙-委办局", "先进单位", "一票否决", "计分规则"), names);
            XSSFSheet ranking = wb.getSheet("甲-街乡");
            assertEquals("排名", ranking.getRow(0).getCell(0).getStringCellValue());
            assertEquals("甲一（80分）", ranking.getRow(0).getCell(5).getStringCellValue());
            assertEquals("S02", ranking.getRow(1).getCell(1).getStringCellValue());
            assertEquals(95.0, ranking.getRow(1).getCell(4).getNumericCellValue());
            assertEquals("0.00", ranking.getRow(1).getCell(4).getCellStyle().getDataFormatString());
            assertEquals("S04", ranking.getRow(4).getCell(1).getStringCellValue());
            assertEquals("", ranking.getRow(4).getCell(4).getStringCellValue());
            XSSFCellStyle headerStyle = ranking.getRow(0).getCell(0).getCellStyle();
            assertTrue(headerStyle.getFont().getBold());
            assertEquals("宋体", headerStyle.getFont().getFontName());
            assertEquals("宋体", ranking.getRow(1).getCell(2).getCellStyle().getFont().getFontName());
            for (Sheet s : wb) {
                assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow(), s.getSheetName());
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), s.getSheetName());
            }
            Sheet rules = wb.getSheet("计分规则");
            for (int i = 0; i < results.rules().size(); i++) {
                assertEquals(results.rules().get(i), rules.getRow(i + 1).getCell(1).getStringCellValue());
            }
            Sheet commended = wb.getSheet("先进单位");
            // 甲/街乡: basis 2 (S01, S02), 0.4 → 0 places.
            assertEquals("2 × 20% = 0.4", commended.getRow(1).getCell(3).getStringCellValue());
            assertTrue(commended.getRow(2).getCell(0).getStringCellValue().startsWith("评选说明：街乡组甲："));
            assertTrue(commended.getRow(2).getCell(0).getStringCellValue().contains("名额为0"));
            Sheet vetoes = wb.getSheet("一票否决");
            assertEquals("S02", vetoes.getRow(1).getCell(0).getStringCellValue());
            assertEquals("检查组 S02_检查组.xlsx!考核评分表!C5=是", vetoes.getRow(1).getCell(8).getStringCellValue());
        }
        String rulesTxt = Files.readString(dir.resolve("rules.txt"), StandardCharsets.UTF_8);
        assertTrue(rulesTxt.contains("1. " + results.rules().get(0)), rulesTxt);
    }

    @Test
    void sameResultsGiveIdenticalFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        ResultsFiles.write(sample(), a);
        ResultsFiles.write(sample(), b);
        for (String name : List.of("results.csv", "indicators.csv", "results.xlsx", "rules.txt")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }
}
