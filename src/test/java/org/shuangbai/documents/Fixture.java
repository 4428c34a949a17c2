package org.shuangbai.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.VetoEffect;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.IndicatorResult;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;
import org.shuangbai.scoring.VetoFinding;

/**
 * A small fixed data set built by hand (scoring is another branch): results for a few units of the
 * bundled plan, scores following a fixed pattern, one veto, one unit not scored in one system.
 */
final class Fixture {
    static final List<String> SMALL = List.of("S01", "S02", "S03", "D01", "D02", "D03");

    private Fixture() {
    }

    static Plan plan() throws Exception {
        return org.shuangbai.TestPlans.unitSheets();
    }

    static String bodyTemplate() throws Exception {
        return Files.readString(Path.of("templates/notice-body.vm"));
    }

    /** Results for {@code codes}: unit i loses (i % 4) × 0.5 points on every third indicator. */
    static Results results(Plan plan, List<String> codes) {
        return results(plan, codes, 1);
    }

    /** As {@link #results(Plan, List)}, commending the {@code commended} best eligible units of each group. */
    static Results results(Plan plan, List<String> codes, int commendedPerGroup) {
        List<UnitResult> units = new ArrayList<>();
        List<Commendation> commendations = new ArrayList<>();
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                List<UnitResult> groupResults = new ArrayList<>();
                int i = 0;
                for (String code : codes) {
                    AssessedUnit unit = plan.unit(code).orElseThrow();
                    if (unit.group() != group) {
                        continue;
                    }
                    i++;
                    if (code.equals("D03") && system.code().equals("ENVIRONMENT")) {
                        groupResults.add(new UnitResult(unit, system.code(), UnitStatus.MISSING, 0, null, null, null,
                                List.of(), List.of(), true, null, null, false, "评分表未交"));
                        continue;
                    }
                    groupResults.add(scored(plan, system, unit, i, code.equals("S02") && system.code().equals("EFFICIENCY")));
                }
                // rank by total, descending
                List<UnitResult> scored = groupResults.stream().filter(r -> r.status() == UnitStatus.SCORED)
                        .sorted(Comparator.comparing(UnitResult::total).reversed()).toList();
                List<String> commended = new ArrayList<>();
                for (UnitResult r : groupResults) {
                    if (r.status() != UnitStatus.SCORED) {
                        units.add(r);
                        continue;
                    }
                    int rank = scored.indexOf(r) + 1;
                    boolean isCommended = rank <= commendedPerGroup && r.eligible();
                    if (isCommended) {
                        commended.add(r.unit().code());
                    }
                    units.add(new UnitResult(r.unit(), r.systemCode(), r.status(), r.sheetCount(), r.total(),
                            r.categoryTotals(), r.selfTotal(), r.indicators(), r.vetoes(), r.eligible(), r.grade(), rank,
                            isCommended, r.note()));
                }
                if (!scored.isEmpty()) {
                    commendations.add(new Commendation(system.code(), group, scored.size(),
                            new BigDecimal("0.2").multiply(BigDecimal.valueOf(scored.size())), 1, commended, List.of(),
                            "计分单位" + scored.size() + "个，按20%计名额" + new BigDecimal("0.2").multiply(BigDecimal.valueOf(scored.size()))
                                    + "个，四舍五入后不足1个按1个计。"));
                }
            }
        }
        return new Results(plan, units, commendations,
                List.of("多个评分单位的评分表取算术平均，得分保留两位小数。", "总分90分以上为优秀，80分以上为良好，60分以上为一般，60分以下为较差。"));
    }

    private static UnitResult scored(Plan plan, IndicatorSystem system, AssessedUnit unit, int i, boolean veto) {
        List<IndicatorResult> indicators = new ArrayList<>();
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal selfTotal = BigDecimal.ZERO;
        int n = 0;
        for (Category c : system.categories()) {
            BigDecimal sub = BigDecimal.ZERO;
            for (Indicator ind : c.indicators()) {
                n++;
                BigDecimal loss = n % 3 == 0 ? new BigDecimal("0.5").multiply(BigDecimal.valueOf(i % 4 + 1)) : BigDecimal.ZERO;
                BigDecimal score = ind.maxScore().subtract(loss).max(BigDecimal.ZERO);
                BigDecimal self = ind.maxScore();
                indicators.add(new IndicatorResult(ind.code(), ind.maxScore(), score, self, score.subtract(self),
                        loss.signum() > 0 ? "资料不全，扣" + loss.stripTrailingZeros().toPlainString() + "分" : "",
                        List.of(), List.of(), List.of()));
                sub = sub.add(score);
                selfTotal = selfTotal.add(self);
            }
            categories.put(c.code(), sub.setScale(2, RoundingMode.HALF_UP));
            total = total.add(sub);
        }
        List<VetoFinding> vetoes = veto
                ? List.of(new VetoFinding("V2", 2, VetoEffect.LOSE_EXCELLENCE, "6月发生一起安全责任事故", List.of("S02 考核评分表 V2")))
                : List.of();
        String grade = total.compareTo(new BigDecimal("90")) >= 0 ? (veto ? "良好" : "优秀") : "良好";
        return new UnitResult(unit, system.code(), UnitStatus.SCORED, 2, total.setScale(2, RoundingMode.HALF_UP), categories,
                selfTotal.setScale(2, RoundingMode.HALF_UP), indicators, vetoes, !veto, grade, null, false, null);
    }

    static List<LedgerItemRow> ledger() {
        return List.of(
                new LedgerItemRow("S01", "朝外街道办事处", "L01", "社区服务站办事指南未公示", "政务公开", "限期公示", "2009-09-30", "社区办", "整改中", true, "逾期"),
                new LedgerItemRow("S01", "朝外街道办事处", "L02", "档案管理不规范", "制度建设", "建立档案制度", "2010-03-31", "办公室", "整改中", false, null),
                new LedgerItemRow("D01", "区发展改革委", "L01", "审批时限超过承诺", "为民服务", "压缩审批时限", "2009-12-31", "审批科", "已整改", false, null));
    }

    static List<ReminderRow> reminders() {
        return List.of(new ReminderRow("委办局", "D03", "区建委", "考核评分表（优化发展环境）", "截至统计日未交"));
    }
}
