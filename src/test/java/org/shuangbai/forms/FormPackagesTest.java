package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.TaskList;
import org.shuangbai.plan.UnitGroup;

/**
 * Template-driven generation writes exactly the bytes of the full POI build, for every unit of the
 * bundled plan and for unit texts chosen to trip a patch (XML specials, a name that is also a label,
 * names long enough to change the layout's shape).
 */
class FormPackagesTest {
    private final Plan plan = PlanFixture.plan();
    private final WorkspaceKey key = PlanFixture.key(3);
    private final FormSigner signer = new FormSigner(key);
    private final WorkbookGenerator generator = PlanFixture.generator(key);

    @TempDir
    Path dir;

    @Test
    void everyWorkbookOfTheBundledPlanIsTheFullBuildByteForByte() throws Exception {
        Workspace ws = PlanFixture.workspace(dir, key);
        Distribution distribution = new Distribution(ws, plan);

        int written = distribution.generate(plan.units(), FormKind.unitForms(), f -> { });

        assertEquals(3 * plan.units().size(), written);
        for (AssessedUnit unit : plan.units()) {
            for (FormKind kind : FormKind.unitForms()) {
                FormLayout layout = FormLayouts.build(plan, unit, kind, distribution.texts());
                assertArrayEquals(generator.toBytes(layout), Files.readAllBytes(distribution.file(unit, kind)),
                        unit.code() + " " + kind);
            }
        }
        // the instruction lines wrap differently for long and short names: a few shapes, each built once
        FormPackages packages = distribution.packages();
        assertEquals(written, packages.patched() + packages.built());
        assertTrue(packages.patched() >= written - 3 * 8, packages.patched() + " of " + written + " patched");
    }

    @Test
    void unusualUnitTextsComeOutAsTheFullBuildWritesThem() throws Exception {
        FormPackages packages = new FormPackages(generator, signer);
        List<AssessedUnit> units = List.of(
                unit("D01", "区发展改革委"), unit("D02", "区市政管委"),       // template, then the proof
                unit("D03", "区建委"),                                       // patched
                unit("D04", "A&B<局>\"'"),                                    // XML specials in the name
                unit("D05", "名称]]>局"),                                     // written by POI as ]]&gt;
                unit("D06", "带\uD83D\uDE00的局"),                            // outside the BMP
                unit("D07", "小计"),                                          // a name that is also a label
                unit("D08", "制表\t符局"),
                unit("D09", "区" + "很长的名称".repeat(30) + "局"),           // wraps: another shape
                unit("D10", "区" + "很长的名称".repeat(30) + "处"),           // that shape again
                unit("S01", "控制\u0001字符"));                              // a text POI mangles
        for (AssessedUnit unit : units) {
            for (FormKind kind : FormKind.unitForms()) {
                FormLayout layout = FormLayouts.build(plan, unit, kind);
                assertArrayEquals(generator.toBytes(layout), packages.workbook(layout), unit.name() + " " + kind);
            }
        }
        assertTrue(packages.patched() >= 3 * 5, packages.patched() + " patched");
    }

    @Test
    void aTemplateRefusesALayoutOfAnotherShapeAndATextItCannotWrite() throws Exception {
        PackageTemplate template = template(FormLayouts.build(plan, unit("D01", "区发展改革委"), FormKind.SCORE));

        FormLayout same = FormLayouts.build(plan, unit("D02", "区市政管委"), FormKind.SCORE);
        assertPatchedAsBuilt(template, same);

        FormLayout otherForm = FormLayouts.build(plan, unit("D02", "区市政管委"), FormKind.LEDGER);
        assertTrue(!template.fits(otherForm));
        FormLayout mangled = FormLayouts.build(plan, unit("D03", "控制\u0001字符"), FormKind.SCORE);
        assertNull(template.patch(mangled, signer.sign(mangled), ZipParts.deflater()));
    }

    @Test
    void registrationsListingEachUnitsOwnTasksArePatchedToTheFullBuildsBytes() throws Exception {
        // one task each, texts of one length (one row height): the units differ in the task numbers they may pick
        Plan withTasks = plan.withTasks(new TaskList(List.of(
                task("RW01", "D01", List.of()), task("RW02", "D02", List.of()), task("RW03", "D03", List.of("D04")),
                task("RW04", "D05", List.of()), task("RW05", "D06", List.of()), task("RW06", "D07", List.of()),
                task("RW07", "D08", List.of()), task("R&<8", "D09", List.of()))));
        FormPackages packages = new FormPackages(generator, signer);
        List<AssessedUnit> units = List.of(unit("D01", "区发展改革委"), unit("D02", "区市政管委"),
                unit("D03", "区建委"), unit("D04", "区水务局"), unit("D05", "区农委"), unit("D06", "区文化委"),
                unit("D07", "区商务委"), unit("D08", "区教委"), unit("D09", "区卫生局"));
        for (AssessedUnit unit : units) {
            FormLayout layout = FormLayouts.build(withTasks, unit, FormKind.REGISTRATION);
            assertArrayEquals(generator.toBytes(layout), packages.workbook(layout), unit.code());
        }
        // D01 the template, D02 its proof and that of the choices; D03 and D04 share RW03: all others patched
        assertEquals(List.of(2, 7), List.of(packages.built(), packages.patched()));
    }

    @Test
    void aTemplateRewritesAnInlineListOfChoicesButNotAListOnTheHiddenSheet() throws Exception {
        Plan withTasks = plan.withTasks(new TaskList(List.of(task("RW01", "D01", List.of()),
                task("RW02", "D02", List.of()), task("RW03,RW04", "D03", List.of()))));
        PackageTemplate template = template(FormLayouts.build(withTasks, unit("D01", "区发展改革委"), FormKind.REGISTRATION));

        FormLayout other = FormLayouts.build(withTasks, unit("D02", "区市政管委"), FormKind.REGISTRATION);
        assertTrue(template.changesChoices(other));
        assertPatchedAsBuilt(template, other);
        // a comma in a choice puts the list on the hidden lists sheet: not an inline list to rewrite
        FormLayout hidden = FormLayouts.build(withTasks, unit("D03", "区建委"), FormKind.REGISTRATION);
        assertTrue(!template.fits(hidden));
    }

    @Test
    void containerIsReadAndWrittenAsJavaUtilZipWritesIt() throws Exception {
        byte[] workbook = generator.toBytes(FormLayouts.build(plan, unit("D01", "区发展改革委"), FormKind.REGISTRATION));
        ZipParts.Container container = ZipParts.read(workbook);
        assertNotNull(container);
        assertEquals("[Content_Types].xml", container.parts().get(0).name());
        assertArrayEquals(workbook, ZipParts.write(container.parts(), container.dosTime()));
        assertNull(ZipParts.read(new byte[] {1, 2, 3}));
    }

    private PackageTemplate template(FormLayout reference) throws Exception {
        PackageTemplate template = PackageTemplate.of(reference, signer.sign(reference), generator.toBytes(reference),
                ZipParts.deflater());
        assertNotNull(template);
        return template;
    }

    private void assertPatchedAsBuilt(PackageTemplate template, FormLayout layout) throws Exception {
        assertTrue(template.fits(layout));
        assertArrayEquals(generator.toBytes(layout), template.patch(layout, signer.sign(layout), ZipParts.deflater()));
    }

    private static DistrictTask task(String id, String lead, List<String> partners) {
        return new DistrictTask(id, "区政府折子工程", "背街小巷环境整治，完成100条街巷", lead, partners, "2009年底");
    }

    private static AssessedUnit unit(String code, String name) {
        return new AssessedUnit(code, name, code.startsWith("S") ? UnitGroup.STREET : UnitGroup.DEPARTMENT,
                code.startsWith("S") ? "街道办事处" : "委办局");
    }
}
