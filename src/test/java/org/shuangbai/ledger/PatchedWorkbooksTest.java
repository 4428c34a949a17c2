package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormSigner;
import org.shuangbai.forms.LockedCell;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.forms.WorkbookGenerator;
import org.shuangbai.forms.WorkbookIdentity;
import org.shuangbai.forms.WorkspaceKey;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.intake.Soffice;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldTexts;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * Workbooks made by patching a form's template (not built by POI) are what the full build writes: the
 * same bytes; in POI the same cells, locks, validation, protection and identity with a verifying
 * signature; re-saved by LibreOffice they keep identity and signature, and filled and re-saved they are
 * accepted on intake with every typed value.
 */
class PatchedWorkbooksTest {
    private static final List<FormKind> KINDS = FormKind.unitForms();

    @TempDir
    Path dir;

    @Test
    void patchedWorkbooksAreTheFullBuildForPoiLibreOfficeAndIntake() throws Exception {
        ReturnFixture fx = new ReturnFixture(dir.resolve("ws"));
        Plan plan = ReturnFixture.plan();
        List<AssessedUnit> sample = List.of(ReturnFixture.unit("S07"), ReturnFixture.unit("D30"));
        Distribution distribution = new Distribution(fx.workspace, plan);
        List<AssessedUnit> others = plan.units().stream().filter(u -> !sample.contains(u)).toList();
        distribution.generate(others, KINDS, f -> { });
        int before = distribution.patched();

        distribution.generate(sample, KINDS, f -> { });

        assertEquals(before + sample.size() * KINDS.size(), distribution.patched(), "the sample was patched, not built");
        FormSigner signer = new FormSigner(WorkspaceKey.loadOrCreate(fx.workspace));
        WorkbookGenerator full = new WorkbookGenerator(distribution.texts(), signer,
                signer.protectionPassword(plan.settings().planCode()));
        SampleFiller filler = new SampleFiller(plan, distribution.texts());
        Map<String, Map<String, String>> typed = new LinkedHashMap<>();
        List<Path> filled = new ArrayList<>();
        List<Path> blank = new ArrayList<>();
        Files.createDirectories(dir.resolve("blank"));
        Files.createDirectories(dir.resolve("filled"));
        for (AssessedUnit unit : sample) {
            for (FormKind kind : KINDS) {
                FormLayout layout = FormLayouts.build(plan, unit, kind, distribution.texts());
                Path patched = distribution.file(unit, kind);
                assertArrayEquals(full.toBytes(layout), Files.readAllBytes(patched), unit.code() + " " + kind);
                try (Workbook wb = WorkbookFactory.create(patched.toFile(), null, true)) {
                    assertReadsAsGenerated(wb, layout, signer, true);
                }
                String name = unit.code() + "-" + kind.option();
                blank.add(Files.copy(patched, dir.resolve("blank").resolve(name + ".xlsx")));
                Path f = dir.resolve("filled").resolve(name + ".xlsx");
                typed.put(unit.code() + "/" + kind, nonEmpty(filler.fillSample(patched, f)));
                filled.add(f);
            }
        }

        // LibreOffice as an office re-saving a blank form: identity, labels and signature survive
        for (Path resaved : Soffice.convert(blank, "xlsx", dir.resolve("resaved"))) {
            String[] parts = resaved.getFileName().toString().replace(".xlsx", "").split("-");
            AssessedUnit unit = ReturnFixture.unit(parts[0]);
            FormKind kind = FormKind.fromOption(parts[1]).orElseThrow();
            try (Workbook wb = WorkbookFactory.create(resaved.toFile(), null, true)) {
                assertReadsAsGenerated(wb, FormLayouts.build(plan, unit, kind, distribution.texts()), signer, false);
            }
        }
        // ... and filled, re-saved and returned: accepted with every typed value
        Soffice.convert(filled, "xlsx", fx.workspace.returnedDir());
        IngestSummary summary = Intake.ingest(fx.workspace, plan, List.of(fx.workspace.returnedDir()));
        assertEquals(filled.size(), summary.accepted(), () -> summary.files().stream()
                .map(f -> f.line() + f.problems().stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n")));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            for (AssessedUnit unit : sample) {
                for (FormKind kind : KINDS) {
                    Map<String, String> recorded = new TreeMap<>();
                    ledger.currentValues(kind).stream().filter(v -> v.unitCode().equals(unit.code()))
                            .forEach(v -> recorded.put(v.field().text(), v.value()));
                    assertEquals(typed.get(unit.code() + "/" + kind), recorded, unit.code() + " " + kind);
                }
            }
        }
    }

    /** Cells, locks, validation, protection, identity and signature as the generator writes them. */
    private static void assertReadsAsGenerated(Workbook wb, FormLayout layout, FormSigner signer, boolean ours) {
        for (CellSpec spec : (Iterable<CellSpec>) layout.labels()::iterator) {
            Cell c = wb.getSheet(spec.sheet()).getRow(spec.row()).getCell(spec.column());
            assertTrue(c.getCellStyle().getLocked(), spec.ref());
            assertEquals(spec.text(), LockedCell.normalize(c.getCellType() == CellType.NUMERIC
                    ? (Object) c.getNumericCellValue() : c.getStringCellValue()), spec.sheet() + "!" + spec.ref());
        }
        for (CellSpec spec : (Iterable<CellSpec>) layout.inputs()::iterator) {
            Cell c = wb.getSheet(spec.sheet()).getRow(spec.row()).getCell(spec.column());
            assertFalse(c.getCellStyle().getLocked(), spec.ref());
        }
        for (String name : layout.sheets()) {
            Sheet sheet = wb.getSheet(name);
            assertTrue(sheet.getProtect(), name + " protected");
            long inputs = layout.inputs().filter(c -> c.sheet().equals(name)).count();
            long validated = sheet.getDataValidations().stream()
                    .mapToLong(v -> v.getRegions().getCellRangeAddresses().length == 0 ? 0
                            : java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).mapToLong(r -> r.getNumberOfCells()).sum())
                    .sum();
            assertEquals(inputs, validated, name + ": every input cell validated");
            if (ours) {
                assertEquals(layout.format(name).orElseThrow().printHeader(), ((XSSFSheet) sheet).getHeader().getLeft(), name);
            }
        }
        Map<String, String> identity = WorkbookIdentity.values(wb).orElseThrow();
        String signature = signer.sign(layout);
        assertEquals(WorkbookGenerator.identityValues(layout.identity(), signature), identity);
        assertTrue(signer.verify(WorkbookIdentity.identity(identity).orElseThrow(), WorkbookIdentity.lockedCells(wb, layout),
                identity.get("signature")));
    }

    private static Map<String, String> nonEmpty(Map<FieldKey, String> written) {
        Map<String, String> out = new TreeMap<>();
        FieldTexts.texts(written).forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }
}
