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
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
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
        FormLayout reference = FormLayouts.build(plan, unit("D01", "区发展改革委"), FormKind.SCORE);
        PackageTemplate template = PackageTemplate.of(reference, signer.sign(reference), generator.toBytes(reference),
                ZipParts.deflater());
        assertNotNull(template);

        FormLayout same = FormLayouts.build(plan, unit("D02", "区市政管委"), FormKind.SCORE);
        assertTrue(template.fits(same));
        assertArrayEquals(generator.toBytes(same), template.patch(same, signer.sign(same), ZipParts.deflater()));

        FormLayout otherForm = FormLayouts.build(plan, unit("D02", "区市政管委"), FormKind.LEDGER);
        assertTrue(!template.fits(otherForm));
        FormLayout mangled = FormLayouts.build(plan, unit("D03", "控制\u0001字符"), FormKind.SCORE);
        assertNull(template.patch(mangled, signer.sign(mangled), ZipParts.deflater()));
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

    private static AssessedUnit unit(String code, String name) {
        return new AssessedUnit(code, name, code.startsWith("S") ? UnitGroup.STREET : UnitGroup.DEPARTMENT,
                code.startsWith("S") ? "街道办事处" : "委办局");
    }
}
