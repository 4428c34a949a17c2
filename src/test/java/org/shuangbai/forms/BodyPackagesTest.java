package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.TestPlans;
import org.shuangbai.Workspace;
import org.shuangbai.intake.Soffice;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;

/**
 * The bodies' workbooks written by expanding a POI build of a few rows are the full build's bytes: for every
 * body of the bundled plan, and for units chosen to trip the expansion (names that wrap onto more lines,
 * XML specials, a name that is also a header or an identity value, repeated names, texts POI alone writes);
 * and LibreOffice opens an expanded workbook and reads its labels and identity back.
 */
class BodyPackagesTest {
    private final Plan plan = TestPlans.bundled();
    private final WorkspaceKey key = PlanFixture.key(5);
    private final FormSigner signer = new FormSigner(key);
    private final WorkbookGenerator generator = PlanFixture.generator(key);

    @TempDir
    Path dir;

    @Test
    void everyBodysWorkbookOfTheBundledPlanIsTheFullBuildByteForByte() throws Exception {
        Workspace ws = PlanFixture.workspace(dir, key);
        BodyDistribution distribution = new BodyDistribution(ws, plan);
        List<Assessor> bodies = plan.assessors().bodies();

        assertEquals(bodies.size(), distribution.generate(bodies, f -> { }));

        for (Assessor body : bodies) {
            FormLayout layout = FormLayouts.build(plan, body, distribution.texts());
            assertArrayEquals(generator.toBytes(layout), Files.readAllBytes(distribution.file(body)), body.code());
        }
        assertEquals(bodies.size(), distribution.expanded(), "every body's workbook expanded, none built in full");
    }

    @Test
    void unusualUnitsComeOutAsTheFullBuildWritesThem() throws Exception {
        List<AssessedUnit> units = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            units.add(unit(String.format("D%03d", i), "区合成第" + i + "局"));
            units.add(unit(String.format("S%03d", i), "合成第" + i + "街道办事处"));
        }
        units.set(9, unit("D005x", "A&B<局>\"'"));                         // XML specials
        units.set(12, unit("D007x", "区" + "很长的名称".repeat(12) + "局"));  // wraps: a taller row
        units.set(14, unit("D008x", "得分"));                               // a sub-header's text
        units.set(16, unit("D009x", "assessor"));                          // an identity value
        units.set(18, unit("D010x", "区合成第1局"));                        // a name given twice
        units.set(20, unit("D011x", " 前后空格 "));                         // kept with xml:space
        units.set(22, unit("D012x", "带\uD83D\uDE00的局"));                 // outside the BMP
        Plan synthetic = withUnits(units);
        BodyPackages packages = new BodyPackages(generator, signer, BodyScoresLayout.FIRST_UNIT_ROW);
        for (Assessor body : synthetic.assessors().bodies()) {
            FormLayout layout = FormLayouts.build(synthetic, body);
            assertArrayEquals(generator.toBytes(layout), packages.workbook(layout), body.code());
        }
        assertTrue(packages.expanded() > 0, packages.expanded() + " expanded");

        // a text only POI writes (a control character): that body is built in full, the bytes the same
        units.set(24, unit("D013x", "控制\u0001字符"));
        Plan mangled = withUnits(units);
        BodyPackages again = new BodyPackages(generator, signer, BodyScoresLayout.FIRST_UNIT_ROW);
        Assessor body = mangled.assessors().bodies().get(0);
        FormLayout layout = FormLayouts.build(mangled, body);
        assertArrayEquals(generator.toBytes(layout), again.workbook(layout));
        assertEquals(1, again.built());
    }

    @Test
    void aSampleKeepsTheHeadersTheFirstRowsAndARowForEachFormatOrRuleOnlyLaterRowsHave() {
        FormLayout layout = FormLayouts.build(plan, plan.assessors().body("JCZ2").orElseThrow());
        BodyPackages packages = new BodyPackages(generator, signer, BodyScoresLayout.FIRST_UNIT_ROW);

        FormLayout sample = packages.sample(layout, 2);

        assertEquals(layout.sheets(), sample.sheets());
        assertEquals(layout.cells().stream().filter(c -> c.sheet().equals("填表说明")).toList(),
                sample.cells().stream().filter(c -> c.sheet().equals("填表说明")).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), sample.cells().stream().filter(c -> c.sheet().equals("效能监察"))
                .map(CellSpec::row).distinct().toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), List.copyOf(sample.format("效能监察").orElseThrow().rowHeights().keySet()));
        assertEquals(layout.cells().stream().map(CellSpec::format).distinct().sorted().toList(),
                sample.cells().stream().map(CellSpec::format).distinct().sorted().toList());
        assertEquals(layout.inputs().map(CellSpec::rule).distinct().count(),
                sample.inputs().map(CellSpec::rule).distinct().count());
        assertNull(RowExpansion.expand(layout, sample, new byte[] {1, 2, 3}, BodyScoresLayout.FIRST_UNIT_ROW,
                ZipParts.deflater()), "not a package it knows: no expansion");
    }

    @Test
    void libreOfficeOpensAnExpandedWorkbookAndReadsItsLabelsAndIdentityBack() throws Exception {
        Assessor body = plan.assessors().body("JCZ1").orElseThrow();
        FormLayout layout = FormLayouts.build(plan, body);
        BodyPackages packages = new BodyPackages(generator, signer, BodyScoresLayout.FIRST_UNIT_ROW);
        Path expanded = Files.write(dir.resolve(body.code() + ".xlsx"), packages.workbook(layout));
        assertEquals(1, packages.expanded());

        Path resaved = Soffice.convert(List.of(expanded), "xlsx", dir.resolve("resaved")).get(0);

        try (Workbook wb = WorkbookFactory.create(resaved.toFile(), null, true)) {
            layout.labels().filter(c -> !c.text().isEmpty()).forEach(spec -> {
                Cell c = wb.getSheet(spec.sheet()).getRow(spec.row()).getCell(spec.column());
                assertEquals(spec.text(), LockedCell.normalize(c.getStringCellValue()), spec.sheet() + "!" + spec.ref());
            });
            Map<String, String> identity = WorkbookIdentity.values(wb).orElseThrow();
            assertEquals(WorkbookGenerator.identityValues(layout.identity(), signer.sign(layout)), identity);
            assertTrue(signer.verify(WorkbookIdentity.identity(identity).orElseThrow(),
                    WorkbookIdentity.lockedCells(wb, layout), identity.get("signature")));
        }
    }

    private Plan withUnits(List<AssessedUnit> units) {
        return new Plan(plan.settings(), plan.systems(), plan.vetoes(), units, plan.lists(), plan.tasks(),
                plan.assessors());
    }

    private static AssessedUnit unit(String code, String name) {
        return new AssessedUnit(code, name, code.startsWith("S") ? UnitGroup.STREET : UnitGroup.DEPARTMENT,
                code.startsWith("S") ? "街道办事处" : "委办局");
    }
}
