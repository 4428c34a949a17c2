package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.shuangbai.MachineRequirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * A filled workbook re-saved by LibreOffice (as people do with WPS, Excel or LibreOffice) keeps its
 * identity, its signature and the values typed into it, as .xlsx, .xls and .ods.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    static Path dir;

    static Path filled;
    static Map<String, String> typed;
    static FormLayout layout;
    static final Plan PLAN = PlanFixture.plan();
    static final WorkspaceKey KEY = PlanFixture.key(7);

    @BeforeAll
    static void generateFillAndConvert() throws Exception {
        MachineRequirement.require(soffice() != null, "LibreOffice (soffice) is not installed: round trip skipped");
        AssessedUnit unit = PLAN.unit("S07").orElseThrow();
        layout = FormLayouts.build(PLAN, unit, FormKind.SCORE);
        Path blank = dir.resolve("blank.xlsx");
        PlanFixture.generator(KEY).write(layout, blank);
        filled = dir.resolve("filled.xlsx");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("EFF-01.score", "2.5");
        overrides.put("V2.answer", "是");
        overrides.put("V2.explain", "发生安全事故\n已通报");
        typed = org.shuangbai.plan.FieldTexts.texts(new SampleFiller(PLAN).fillSample(blank, filled,
                org.shuangbai.plan.FieldTexts.keys(overrides)));
        for (String format : List.of("xlsx", "xls", "ods")) {
            convert(filled, format, dir.resolve(format));
        }
    }

    static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }

    static void convert(Path file, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory(dir, "lo-profile");
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice-" + format + ".log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish converting to " + format);
        }
        assertTrue(Files.exists(outDir.resolve("filled." + format)), Files.readString(dir.resolve("soffice-" + format + ".log")));
    }

    @Test
    void xlsxKeepsIdentitySignatureAndInputs() throws Exception {
        checkWithPoi(dir.resolve("xlsx/filled.xlsx"));
    }

    @Test
    void xlsKeepsIdentitySignatureAndInputs() throws Exception {
        checkWithPoi(dir.resolve("xls/filled.xls"));
    }

    private void checkWithPoi(Path file) throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            int idx = wb.getSheetIndex(WorkbookGenerator.IDENTITY_SHEET);
            assertTrue(idx >= 0, "identity sheet kept");
            // LibreOffice has no "very hidden": it writes the sheet back merely hidden, still out of sight
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(idx));
            assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(wb.getActiveSheetIndex()));
            Map<String, String> id = WorkbookIdentity.values(wb).orElseThrow();
            assertEquals("S07", id.get("unit"));
            assertEquals("2009", id.get("year"));
            assertTrue(new FormSigner(KEY).verify(layout.identity(), WorkbookIdentity.lockedCells(wb, layout),
                    id.get("signature")), "signature verifies after the round trip");
            for (Map.Entry<String, String> e : typed.entrySet()) {
                CellSpec spec = layout.field(e.getKey()).orElseThrow();
                Cell cell = wb.getSheet(spec.sheet()).getRow(spec.row()).getCell(spec.column());
                assertEquals(e.getValue(), poiValue(cell, spec), e.getKey());
            }
        }
    }

    private static String poiValue(Cell cell, CellSpec spec) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (spec.rule().kind() == InputRule.Kind.DATE) {
                assertTrue(DateUtil.isCellDateFormatted(cell), spec.key().text());
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return LockedCell.normalize(cell.getNumericCellValue());
        }
        return LockedCell.normalize(cell.getStringCellValue());
    }

    @Test
    void odsKeepsIdentitySignatureAndInputsReadWithSods() throws Exception {
        SpreadSheet ods = new SpreadSheet(dir.resolve("ods/filled.ods").toFile());
        Sheet hidden = ods.getSheet(WorkbookGenerator.IDENTITY_SHEET);
        assertNotNull(hidden, "SODS sees the hidden identity sheet");
        assertTrue(hidden.isHidden(), "and knows it is hidden");
        Map<String, String> id = new LinkedHashMap<>();
        for (int r = 0; r < hidden.getMaxRows(); r++) {
            Object k = hidden.getRange(r, 0).getValue();
            if (k != null) {
                id.put(k.toString(), LockedCell.normalize(hidden.getRange(r, 1).getValue()));
            }
        }
        assertEquals(WorkbookGenerator.IDENTITY_KEYS, List.copyOf(id.keySet()));
        assertEquals("S07", id.get("unit"));
        List<LockedCell> labels = new ArrayList<>();
        layout.labels().forEach(spec -> labels.add(LockedCell.of(spec.sheet(), spec.ref(),
                ods.getSheet(spec.sheet()).getRange(spec.row(), spec.column()).getValue())));
        assertTrue(new FormSigner(KEY).verify(layout.identity(), labels, id.get("signature")));
        for (Map.Entry<String, String> e : typed.entrySet()) {
            CellSpec spec = layout.field(e.getKey()).orElseThrow();
            Range range = ods.getSheet(spec.sheet()).getRange(spec.row(), spec.column());
            Object v = range.getValue();
            String text = v instanceof LocalDate d ? d.toString()
                    : v instanceof LocalDateTime t ? t.toLocalDate().toString() : LockedCell.normalize(v);
            assertEquals(e.getValue(), text, e.getKey());
        }
        assertEquals(new BigDecimal("2.5"), new BigDecimal(typed.get("EFF-01.score")));
    }
}
