package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.TieAtCut;

/** The rules as printed beside the results, for rules other than the bundled plan's. */
class RulesTextTest {
    private static List<String> sentences(QuotaRounding rounding, TieAtCut tie, RankTie rank, Aggregation aggregation,
                                          int decimals) {
        return RulesText.sentences(Fixtures.small(Fixtures.rules(rounding, tie, rank, aggregation, decimals), "S01"));
    }

    @Test
    void combinationRankingAndCommendationFollowTheRules() {
        List<String> s = sentences(QuotaRounding.FLOOR, TieAtCut.EXCLUDE_ALL, RankTie.DENSE, Aggregation.TRIMMED_MEAN, 1);
        assertEquals("合并评分：每个被考核单位的每项二级指标，汇总该单位全部当前有效评分表（每个评分单位的一次有效提交为一份）的考核得分，"
                + "评分表达到5份及以上时去掉一个最高分和一个最低分后取算术平均，不足5份时取算术平均（被去掉的评分表在指标明细中列出），"
                + "按四舍五入保留1位小数。", s.get(0));
        assertEquals("小计与总分：一级指标小计为其下各二级指标合并得分之和，总分为全部二级指标合并得分之和，求和时不再取舍；"
                + "各体系分别计算（甲、乙）。", s.get(1));
        assertEquals("一票否决：任一份当前有效评分表对某一票否决情形填“是”，即认定该单位存在该情形，并作用于该情形的适用体系："
                + "第1类（VP）评为较差，适用于甲；第2类（VL）取消评优资格，适用于甲。", s.get(4));
        assertEquals("排名：按指标体系分别在街乡、委办局两组内以总分从高到低排名；总分相同者并列同名次，其后名次连续（如1、2、2、3），"
                + "并列单位按单位代码顺序列出。", s.get(7));
        assertEquals("先进单位：按指标体系、分组分别评选；名额 = 本组已计分单位数（含被一票否决的单位）× 20%，向下取整；"
                + "在已计分且未被一票否决的单位中按总分从高到低选取；名额线上总分并列时并列者均不入选（入选数可少于名额）。", s.get(8));
    }

    @Test
    void theBundledPlansRoundingReadsRoundedHalfUp() {
        List<String> s = sentences(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL, RankTie.COMPETITION, Aggregation.MEAN, 2);
        assertEquals("合并评分：每个被考核单位的每项二级指标，汇总该单位全部当前有效评分表（每个评分单位的一次有效提交为一份）的考核得分，"
                + "取算术平均，按四舍五入保留2位小数。", s.get(0));
        assertEquals("先进单位：按指标体系、分组分别评选；名额 = 本组已计分单位数（含被一票否决的单位）× 20%，四舍五入取整；"
                + "在已计分且未被一票否决的单位中按总分从高到低选取；名额线上总分并列时并列者全部入选（入选数可超过名额）。", s.get(8));
    }
}
