package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FieldTexts;
import org.shuangbai.plan.Plan;

class SampleFillerTest {
    private final Plan plan = PlanFixture.plan();

    @TempDir
    Path dir;

    @Test
    void samplesAreDeterministicAndPlausible() {
        SampleFiller filler = new SampleFiller(plan);
        FormLayout score = FormLayouts.build(plan, plan.unit("S03").orElseThrow(), FormKind.SCORE);
        Map<String, String> a = FieldTexts.texts(filler.sampleValues(score));
        assertEquals(a, FieldTexts.texts(filler.sampleValues(score)));
        plan.indicators().forEach(i -> {
            BigDecimal s = new BigDecimal(a.get(i.code() + ".score"));
            assertTrue(s.compareTo(i.maxScore().multiply(new BigDecimal("0.69"))) >= 0 && s.compareTo(i.maxScore()) <= 0,
                    i.code() + " " + s);
        });
        plan.vetoes().forEach(v -> assertTrue(a.get(v.code() + ".answer").matches("是|否")));
        long vetoed = plan.units().stream().filter(u -> filler.sampleValues(FormLayouts.build(plan, u, FormKind.SCORE))
                .containsValue("是")).count();
        assertTrue(vetoed > 0 && vetoed < 20, "a few units have a veto: " + vetoed);
        Map<String, String> reg = FieldTexts.texts(filler.sampleValues(FormLayouts.build(plan,
                plan.unit("D01").orElseThrow(), FormKind.REGISTRATION)));
        assertTrue(reg.containsKey("P03.name") && reg.get("P01.start").startsWith("2009-"), reg.toString());
        assertTrue(plan.list(Plan.LIST_PROJECT_SOURCES).contains(reg.get("P01.source")));
    }

    @Test
    void aWorkspaceRewordsTheSampleTexts() throws Exception {
        Path own = dir.resolve(DemoSamples.FILE);
        Files.createDirectories(own.getParent());
        String bundled;
        try (var in = getClass().getClassLoader().getResourceAsStream("defaults/" + DemoSamples.FILE)) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // same list lengths, so the same random choices: only the wording changes
        Files.writeString(own, bundled.replace("note = 扣{points}分：{reason}", "note = 扣减{points}分（{reason}）")
                .replace("reasons.1 = 部分资料不完整", "reasons.1 = 资料缺页"));
        FormLayout score = FormLayouts.build(plan, plan.unit("S03").orElseThrow(), FormKind.SCORE);
        Map<String, String> before = FieldTexts.texts(new SampleFiller(plan).sampleValues(score));
        Map<String, String> after = FieldTexts.texts(new SampleFiller(plan, FormTexts.bundled(),
                DemoSamples.load(new org.shuangbai.Workspace(dir))).sampleValues(score));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((field, text) -> assertEquals(text.replaceAll("^扣(.*)分：(.*)$", "扣减$1分（$2）")
                .replace("部分资料不完整", "资料缺页"), after.get(field), field));
        assertTrue(before.values().stream().anyMatch(t -> t.startsWith("扣")), before.toString());
    }

    @Test
    void anEmptySampleListIsRefusedByName() throws Exception {
        Path own = dir.resolve(DemoSamples.FILE);
        Files.createDirectories(own.getParent());
        Files.writeString(own, "reasons.2 = 其他\n");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new SampleFiller(plan, FormTexts.bundled(), DemoSamples.load(new org.shuangbai.Workspace(dir))));
        assertEquals("templates/demo-samples.properties lacks the entries reasons.1, reasons.2, …", e.getMessage());
    }

    @Test
    void fillTypesValuesAsAPersonWould() throws Exception {
        FormLayout layout = FormLayouts.build(plan, plan.unit("S03").orElseThrow(), FormKind.SCORE);
        Path blank = dir.resolve("blank.xlsx");
        PlanFixture.generator(PlanFixture.key(1)).write(layout, blank);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("EFF-01.score", "2.5");
        values.put("EFF-02.score", "=1+0");
        values.put("EFF-03.score", "满分");
        values.put("assessor.date", "2009-12-20");
        values.put("V1.answer", "否");
        Path out = dir.resolve("out.xlsx");
        new SampleFiller(plan).fill(blank, out, FieldTexts.keys(values));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(2.5, cell(wb, layout, "EFF-01.score").getNumericCellValue());
            assertEquals(CellType.FORMULA, cell(wb, layout, "EFF-02.score").getCellType());
            assertEquals("满分", cell(wb, layout, "EFF-03.score").getStringCellValue());
            Cell date = cell(wb, layout, "assessor.date");
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals("2009-12-20", date.getLocalDateTimeCellValue().toLocalDate().toString());
            assertEquals("否", cell(wb, layout, "V1.answer").getStringCellValue());
            assertEquals(CellType.BLANK, cell(wb, layout, "EFF-04.score").getCellType());
        }
    }

    private static Cell cell(XSSFWorkbook wb, FormLayout layout, String field) {
        CellSpec s = layout.field(field).orElseThrow();
        return wb.getSheet(s.sheet()).getRow(s.row()).getCell(s.column());
    }
}
