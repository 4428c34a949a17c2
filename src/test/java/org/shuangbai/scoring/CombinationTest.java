package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shuangbai.plan.Aggregation.MEAN;
import static org.shuangbai.plan.Aggregation.TRIMMED_MEAN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;

/**
 * The combination rule, literal figures beside the exact result: several assessors' figures for one
 * indicator become their mean (or trimmed mean), rounded once HALF_UP at the plan's decimals; the dropped
 * sheets are named, and equal figures are told apart by assessor so the same sheet is always dropped.
 *
 * <p>Input: "assessor=figure …". Output: "value used a=1 b=2 dropped c=3" (dropped part only when any).
 */
class CombinationTest {

    private static String combine(Aggregation aggregation, int trimMinSheets, int decimals, String figures) {
        List<SourceCell> cells = new ArrayList<>();
        if (!figures.isBlank()) {
            int row = 1;
            for (String item : figures.trim().split("\\s+")) {
                String[] kv = item.split("=", 2);
                cells.add(new SourceCell(kv[0], new BigDecimal(kv[1]), kv[0] + ".xlsx", "考核评分表", "H" + row++, "h"));
            }
        }
        Combination c = Combination.of(cells, aggregation, trimMinSheets, decimals);
        if (c.value() == null) {
            return "none";
        }
        String out = c.value().toPlainString() + " used " + show(c.used());
        return c.dropped().isEmpty() ? out : out + " dropped " + show(c.dropped());
    }

    private static String show(List<SourceCell> cells) {
        return cells.stream().map(s -> s.assessor() + "=" + s.value().toPlainString()).collect(Collectors.joining(" "));
    }

    @Test
    void meanOfTheAssessorsFigures() {
        assertEquals("45.50 used 检查组=45 主管领导=46", combine(MEAN, 5, 2, "检查组=45 主管领导=46"));
        assertEquals("8.00 used 检查组=8", combine(MEAN, 5, 2, "检查组=8"));
        assertEquals("none", combine(MEAN, 5, 2, ""));
    }

    @Test
    void roundedOnceHalfUpAtThePlansDecimals() {
        // (8.5 + 8 + 8) / 3 = 8.1666…
        assertEquals("8.17 used a=8.5 b=8 c=8", combine(MEAN, 5, 2, "a=8.5 b=8 c=8"));
        assertEquals("8.2 used a=8.5 b=8 c=8", combine(MEAN, 5, 1, "a=8.5 b=8 c=8"));
        assertEquals("8 used a=8.5 b=8 c=8", combine(MEAN, 5, 0, "a=8.5 b=8 c=8"));
        // exactly half way goes up, not to the even neighbour: 8.25 → 8.3, 8.5 → 9
        assertEquals("8.3 used a=8.5 b=8", combine(MEAN, 5, 1, "a=8.5 b=8"));
        assertEquals("9 used a=8.5", combine(MEAN, 5, 0, "a=8.5"));
        // more decimals than the figures have: padded, never approximated
        assertEquals("28.750 used a=28.5 b=29", combine(MEAN, 5, 3, "a=28.5 b=29"));
    }

    @Test
    void trimmedMeanDropsOneHighestAndOneLowest() {
        // 40, 42, 44, 46, 50: (42 + 44 + 46) / 3 = 44
        assertEquals("44.00 used 主管领导=42 民主评议=44 网上评议=46 dropped 职能部门=50 检查组=40",
                combine(TRIMMED_MEAN, 5, 2, "检查组=40 主管领导=42 民主评议=44 网上评议=46 职能部门=50"));
        // the input order does not matter
        assertEquals("44.00 used 网上评议=46 民主评议=44 主管领导=42 dropped 职能部门=50 检查组=40",
                combine(TRIMMED_MEAN, 5, 2, "职能部门=50 网上评议=46 民主评议=44 主管领导=42 检查组=40"));
    }

    @Test
    void trimmedMeanBelowTheMinimumSheetsIsAPlainMean() {
        assertEquals("45.50 used a=40 b=44 c=46 d=52", combine(TRIMMED_MEAN, 5, 2, "a=40 b=44 c=46 d=52"));
        assertEquals("45.00 used b=44 c=46 dropped d=52 a=40", combine(TRIMMED_MEAN, 4, 2, "a=40 b=44 c=46 d=52"));
    }

    @Test
    void droppingTwoFiguresNeedsThreeWhateverThePlanSays() {
        assertEquals("45.00 used a=40 b=50", combine(TRIMMED_MEAN, 0, 2, "a=40 b=50"));
        assertEquals("45.00 used b=45 dropped c=50 a=40", combine(TRIMMED_MEAN, 0, 2, "a=40 b=45 c=50"));
    }

    @Test
    void equalFiguresAreToldApartByAssessor() {
        // Among equal figures the lowest is the first and the highest the last in assessor (code point)
        // order: 主管领导 < 检查组 < 民主评议 < 网上评议.
        assertEquals("30.00 used 检查组=30 主管领导=30 民主评议=30 dropped 网上评议=30 职能部门=29",
                combine(TRIMMED_MEAN, 5, 2, "网上评议=30 检查组=30 主管领导=30 民主评议=30 职能部门=29"));
        assertEquals("30.00 used 民主评议=29 网上评议=30 检查组=31 dropped 职能部门=32 主管领导=29",
                combine(TRIMMED_MEAN, 5, 2, "民主评议=29 网上评议=30 检查组=31 主管领导=29 职能部门=32"));
    }
}
