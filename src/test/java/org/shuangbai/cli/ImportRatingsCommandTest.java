package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.ledger.Ledger;

/** `import ratings` and `evaluation` from outside, hostile exports included: nothing recorded is ever harmed. */
class ImportRatingsCommandTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = new Workspace(dir.resolve("ws"));
        Files.createDirectories(ws.planDir());
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ws.planDir().resolve(f.getFileName()));
            }
        }
    }

    private CliRunner.Result importRatings(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "import";
        all[1] = "ratings";
        all[2] = "-w";
        all[3] = ws.root().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRunner.run(all);
    }

    private List<ImportRecord> imports() {
        try (Ledger ledger = Ledger.open(ws)) {
            return ledger.evaluationImports().history();
        }
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private static final String WS_GOOD = "被评单位,用户标识,评分,评价时间\n朝外街道办事处,U1,5,2009-03-01\nS01,U2,4,2009-03-02\n";

    @Test
    void gbkIsSaidAndAReimportIsADuplicate() throws Exception {
        Path f = write("网上评议2009.csv", WS_GOOD, Charset.forName("GBK"));
        CliRunner.Result r = importRatings(f.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("已导入（导入号 1，批次「网上评议2009」）。编码：GBK/GB18030（第 1 行起有不符合 UTF-8 的字节"),
                r.out());
        assertTrue(r.out().contains("数据 2 行：有效答案 2，不计入 0，重复作答 0，评议期外 0，方案外单位 0，问题行 0，空行 0。"), r.out());
        assertTrue(r.out().contains("计分规则："), r.out());
        CliRunner.Result again = importRatings(f.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("重复——与导入号 1（网上评议2009.csv，"), again.out());
        assertEquals(1, imports().size());
    }

    @Test
    void aCorrectedFileOfTheSameBatchSupersedes() throws Exception {
        importRatings(write("a/网上评议2009.csv", WS_GOOD + "S02,U3,9,2009-03-03\n", StandardCharsets.UTF_8).toString());
        CliRunner.Result r = importRatings(write("b/网上评议2009.csv", WS_GOOD + "S02,U3,3,2009-03-03\n",
                StandardCharsets.UTF_8).toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains("同一批次：取代了导入号 1（网上评议2009.csv，"), r.out());
        List<ImportRecord> all = imports();
        assertEquals(2L, all.get(0).supersededBy());
        assertTrue(all.get(1).current());
        try (Ledger ledger = Ledger.open(ws)) {
            assertTrue(ledger.evaluationImports().currentTallies().stream().allMatch(t -> t.importId() == 2));
        }
        // a differently named file joins as another batch unless told which batch it corrects
        CliRunner.Result named = importRatings("--batch", "网上评议2009",
                write("c/改正.csv", WS_GOOD, StandardCharsets.UTF_8).toString());
        assertTrue(named.out().contains("取代了导入号 2"), named.out());
    }

    @Test
    void aWrongHeaderIsRefusedWholeAndHarmsNothing() throws Exception {
        importRatings(write("ok.csv", WS_GOOD, StandardCharsets.UTF_8).toString());
        CliRunner.Result r = importRatings(write("bad.csv", "单位,分数,日期\nS01,5,2009-03-01\n", StandardCharsets.UTF_8)
                .toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("bad.csv：未导入。表头不符，整个文件未予导入，台账未作任何改动。第 1 行为“单位 | 分数 | 日期”"), r.out());
        assertEquals(1, imports().size());
    }

    @Test
    void a500MegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(500L << 20);
        }
        CliRunner.Result r = importRatings(big.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("big.csv：未导入。文件大小 500 MB，超过导入上限 256 MB，未予读取，台账未作任何改动。"
                + "请按月份或渠道分成几个文件分别导入"), r.out());
        assertEquals(0, imports().size());
    }

    @Test
    void formulaLookingCellsAreListedAndNeutralisedInEveryOutput() throws Exception {
        CliRunner.Result r = importRatings(write("f.csv", "被评单位,用户标识,评分,评价时间\n"
                + "=HYPERLINK(\"http://x.invalid\"),U1,5,2009-03-01\nS01,U2,=1+1,2009-03-02\nS01,U3,5,2009-03-02\n",
                StandardCharsets.UTF_8).toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("f.csv 第 3 行：「评分」一栏既不是 1–5 的分数"), r.out());
        List<String> notes = Files.readAllLines(ws.evaluationDir().resolve("公共评议问题行.csv"), StandardCharsets.UTF_8);
        assertTrue(notes.get(1).contains(",'=1+1,"), notes.toString());
        List<String> unknown = Files.readAllLines(ws.evaluationDir().resolve("公共评议方案外单位.csv"), StandardCharsets.UTF_8);
        assertTrue(unknown.get(1).contains("'=HYPERLINK"), unknown.toString());
    }

    @Test
    void xlsxWithHeaderInAnotherOrderAndAFormulaCell() throws Exception {
        Path x = dir.resolve("问卷.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            Sheet s = wb.createSheet("导出");
            String[][] rows = {
                    {"民意测评问卷导出"},
                    {"题目", "选项", "问卷编号", "被测评单位", "调查对象", "填写时间"},
                    {"办事效率", "满意", "Q1", "S01", "企业", "2009-10-20"},
                    {"办事效率", "基本满意", "Q2", "S01", "居民", "2009-10-21"},
                    {"服务态度", "满意", "Q2", "S01", "居民", "2009-10-21"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            Row f = s.createRow(rows.length);
            f.createCell(0).setCellValue("办事公正");
            f.createCell(1).setCellFormula("\"满\"&\"意\"");
            f.createCell(2).setCellValue("Q3");
            f.createCell(3).setCellValue("S01");
            f.createCell(5).setCellValue(java.time.LocalDate.of(2009, 10, 22));
            wb.createSheet("说明");
            wb.write(out);
        }
        CliRunner.Result r = importRatings(x.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("编码：.xlsx 工作簿（内部为 Unicode，不涉及编码）"), r.out());
        assertTrue(r.out().contains("表头在第 2 行（渠道 MY）；数据 4 行：有效答案 3，不计入 0，重复作答 0，评议期外 0，方案外单位 0，问题行 1，空行 0。"), r.out());
        assertTrue(r.out().contains("另有工作表 说明 未读取"), r.out());
        assertTrue(r.out().contains("问卷.xlsx 第 6 行：「选项」一栏是公式，未予采用"), r.out());
    }

    @Test
    void planCheckNamesFileLineAndColumnOfABadRule() throws Exception {
        Path weights = ws.planDir().resolve("public-weights.csv");
        Files.writeString(weights, Files.readString(weights).replace("EFF-15,WS,0.3", "EFF-15,WS,0.4"));
        CliRunner.Result r = CliRunner.run("plan", "check", "-w", ws.root().toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("public-weights.csv 第5行「权重」：指标 EFF-15 各渠道的权重合计为 1.1，应为 1。"), r.err());
        CliRunner.Result imp = importRatings(write("x.csv", WS_GOOD, StandardCharsets.UTF_8).toString());
        assertEquals(3, imp.exitCode());
    }
}
