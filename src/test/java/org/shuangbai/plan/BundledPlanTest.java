package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled plan carries the seed's figures and texts. */
class BundledPlanTest {
    private static Plan plan;
    private static String seed;

    @BeforeAll
    static void load() throws Exception {
        plan = PlanLoader.load(Path.of("input/plan"));
        seed = PlanFiles.seed();
    }

    @Test
    void hasTheSeedsTwoSystemsWithTheirCategoriesIndicatorsAndPoints() {
        assertEquals(List.of("EFFICIENCY", "ENVIRONMENT"), plan.systems().stream().map(IndicatorSystem::code).toList());
        IndicatorSystem efficiency = plan.system("EFFICIENCY").orElseThrow();
        IndicatorSystem environment = plan.system("ENVIRONMENT").orElseThrow();
        assertEquals(5, efficiency.categories().size());
        assertEquals(6, environment.categories().size());
        assertEquals(15, efficiency.indicatorList().size());
        assertEquals(26, environment.indicatorList().size());
        assertEquals(0, new BigDecimal("100").compareTo(efficiency.total()));
        assertEquals(0, new BigDecimal("100").compareTo(environment.total()));
        assertEquals(List.of("工作方案", "工作管理", "任务完成", "工作创新", "公共评议"),
                efficiency.categories().stream().map(Category::name).toList());
        assertEquals(List.of("6", "12", "55", "7", "20"),
                efficiency.categories().stream().map(c -> c.maxScore().toPlainString()).toList());
        assertEquals(List.of("队伍素质", "为民服务", "政务公开", "制度建设", "依法行政", "公共评议"),
                environment.categories().stream().map(Category::name).toList());
    }

    @Test
    void workProcedureBelongsToWorkManagementByArithmetic() {
        // The seed repeats the 工作方案 header above 5.工作程序完备 across a page break; 6 = 3+1+1+1.
        Indicator procedure = plan.indicator("EFF-05").orElseThrow();
        assertEquals("工作程序完备", procedure.name());
        assertEquals("工作管理", plan.system("EFFICIENCY").orElseThrow().categories().stream()
                .filter(c -> c.code().equals(procedure.categoryCode())).findFirst().orElseThrow().name());
    }

    @Test
    void everyIndicatorCarriesEveryColumnOfTheSeedWordForWord() {
        plan.indicators().forEach(i -> {
            assertTrue(!i.checkMethod().isBlank() && !i.responsibleUnit().isBlank() && !i.criteria().isBlank(), i.code());
            if (seed != null) {
                for (String text : List.of(i.name(), i.checkMethod(), i.responsibleUnit(), i.criteria())) {
                    assertTrue(seed.contains(text.replaceAll("\\s+", "")), i.code() + " not in seed: " + text);
                }
            }
        });
        assertTrue(plan.indicator("EFF-09").orElseThrow().criteria().startsWith("效能监察立项任务以被考核单位年初向区监察局报送的《效能监察立项表》为准。"));
        assertEquals(new BigDecimal("50"), plan.indicator("EFF-09").orElseThrow().maxScore());
        assertEquals(new BigDecimal("15"), plan.indicator("ENV-26").orElseThrow().maxScore());
    }

    @Test
    void fiveVetoesEachWithTheEffectTheSeedGivesIt() {
        assertEquals(5, plan.vetoes().size());
        assertEquals(VetoEffect.GRADE_POOR, plan.vetoes().get(0).effect());
        plan.vetoes().subList(1, 5).forEach(v -> assertEquals(VetoEffect.LOSE_EXCELLENCE, v.effect()));
        if (seed != null) {
            plan.vetoes().forEach(v -> assertTrue(seed.contains(v.situation().replaceAll("\\s+", "")), v.code()));
        }
    }

    @Test
    void unitsAreThe43StreetOfficesAndThe48DepartmentsOfSectionTwo() {
        assertEquals(43, plan.units(UnitGroup.STREET).size());
        assertEquals(48, plan.units(UnitGroup.DEPARTMENT).size());
        assertEquals("区发展改革委", plan.units(UnitGroup.DEPARTMENT).get(0).name());
        assertEquals("市药品监督局朝阳分局", plan.units(UnitGroup.DEPARTMENT).get(47).name());
        assertEquals("朝外街道办事处", plan.unit("S01").orElseThrow().name());
        assertEquals("王四营地区办事处", plan.unit("S43").orElseThrow().name());
        if (seed != null) {
            plan.units(UnitGroup.DEPARTMENT).forEach(u -> assertTrue(seed.contains(u.name()), u.name()));
        }
    }

    @Test
    void settingsFollowTheSeed() {
        Settings s = plan.settings();
        assertEquals(2009, s.year());
        assertEquals("朝政办发〔2009〕11号", s.planDocument());
        assertEquals(0, new BigDecimal("0.20").compareTo(s.scoring().quota()));
        assertEquals("朝政办发〔2010〕8号", s.notice().documentNumber());
        assertEquals(List.of("优秀", "良好", "一般", "较差"),
                s.scoring().gradeBands().stream().map(GradeBand::grade).toList());
    }
}
