package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;

/**
 * The rules {@link Scoring} applies, as Chinese sentences printed beside every result. Every number
 * and choice comes from the plan; the sentences describe what the code does, so they live with it.
 */
public final class RulesText {
    private RulesText() {
    }

    public static List<String> sentences(Plan plan) {
        ScoringRules r = plan.settings().scoring();
        String dp = "保留" + r.decimals() + "位小数";
        List<String> s = new ArrayList<>();
        String combine = r.aggregation() == Aggregation.TRIMMED_MEAN
                ? "评分表达到" + Math.max(r.trimMinSheets(), 3) + "份及以上时去掉一个最高分和一个最低分后取算术平均，不足"
                        + Math.max(r.trimMinSheets(), 3) + "份时取算术平均（被去掉的评分表在指标明细中列出）"
                : "取算术平均";
        s.add("合并评分：每个被考核单位的每项二级指标，汇总该单位全部当前有效评分表（每个评分单位的一次有效提交为一份）的考核得分，"
                + combine + "，按四舍五入" + dp + "。");
        s.add("小计与总分：一级指标小计为其下各二级指标合并得分之和，总分为全部二级指标合并得分之和，求和时不再取舍；"
                + "各体系分别计算（" + plan.systems().stream().map(IndicatorSystem::shortName).collect(Collectors.joining("、"))
                + "）。");
        s.add("自评分：各份评分表所填自评分取算术平均，四舍五入" + dp + "；差值 = 考核得分 − 自评分；未填自评分的指标不计入自评总分。");
        s.add("未计分单位：评分表未交、被退回或缺少考核得分的单位列为未计分，不计总分、不记为零分，不参加排名和评选，也不计入先进单位名额的基数。");
        s.add("一票否决：任一份当前有效评分表对某一票否决情形填“" + org.shuangbai.plan.YesNo.YES.label() + "”，即认定该单位存在该情形，并作用于该情形的适用体系："
                + plan.vetoes().stream().map(v -> vetoSentence(plan, v)).collect(Collectors.joining("；")) + "。");
        s.add("一票否决的后果：“" + VetoEffect.GRADE_POOR.label() + "”者等次定为" + r.poorGrade() + "，不得评为先进单位；“"
                + VetoEffect.LOSE_EXCELLENCE.label() + "”者不得评为" + r.excellentGrade() + "（总分达到" + r.excellentGrade()
                + "分数线的定为" + Scoring.gradeBelow(r, r.excellentGrade()) + "），不得评为先进单位。一票否决不改变总分和排名。");
        s.add("等次：" + Scoring.bandsDescending(r).stream()
                .map(b -> "总分≥" + b.minScore().stripTrailingZeros().toPlainString() + "分为" + b.grade())
                .collect(Collectors.joining("，")) + "。");
        s.add("排名：按指标体系分别在" + UnitGroup.STREET.label() + "、" + UnitGroup.DEPARTMENT.label()
                + "两组内以总分从高到低排名；总分相同者" + r.rankTie().label()
                + (r.rankTie() == RankTie.COMPETITION ? "（如1、2、2、4）" : "（如1、2、2、3）") + "，并列单位按单位代码顺序列出。");
        s.add("先进单位：按指标体系、分组分别评选；名额 = 本组已计分单位数（含被一票否决的单位）× " + percent(r.quota()) + "，"
                + r.rounding().label() + "取整；在已计分且未被一票否决的单位中按总分从高到低选取；名额线上总分并列时"
                + r.tieAtCut().label() + (r.tieAtCut() == TieAtCut.INCLUDE_ALL ? "（入选数可超过名额）" : "（入选数可少于名额）")
                + "。");
        return s;
    }

    private static String vetoSentence(Plan plan, Veto v) {
        String systems = v.appliesTo().stream()
                .map(code -> plan.system(code).map(IndicatorSystem::shortName).orElse(code))
                .collect(Collectors.joining("、"));
        return "第" + v.number() + "类（" + v.code() + "）" + v.effect().label() + "，适用于" + systems;
    }

    public static String percent(BigDecimal quota) {
        return quota.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
