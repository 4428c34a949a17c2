package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/**
 * Whose file it says it is, checked against the plan before any cell is compared: an identity present
 * and complete, of this plan and year, naming a unit of the plan, in the current template version, with
 * every sheet of its form. The identity stays unverified here; the signature over it and the locked
 * cells is checked after ({@link LockedLabelCheck}, {@link SignatureCheck}).
 */
record IdentityCheck(Plan plan, FormContract contract) {
    /**
     * The file's claim. When problems is not empty the file is refused; identity is then what the
     * refusal records (null when none could be read), unit and layout may be null.
     */
    record Result(FormIdentity identity, AssessedUnit unit, FormLayout layout, List<Problem> problems) {
        static Result refused(FormIdentity identity, Problem... problems) {
            return new Result(identity, null, null, List.of(problems));
        }

        boolean passed() {
            return problems.isEmpty();
        }
    }

    /** @param claimed the identity found in the file, or null when it carries none */
    Result check(ReturnedWorkbook book, ClaimedIdentity claimed) {
        if (claimed == null) {
            return Result.refused(null, Problem.ofFile(
                    "文件中没有填报表的身份信息（隐藏的“" + ClaimedIdentity.SHEET + "”工作表和文档属性都不存在）："
                            + "它不是本系统下发的工作簿，或身份信息被删除了。",
                    "请使用下发给本单位的原始工作簿填写后提交；不要把内容复制到新建的表格中。"));
        }
        FormIdentity identity = claimed.identity();
        if (identity == null) {
            return Result.refused(null, new Problem(ClaimedIdentity.SHEET, null,
                    String.valueOf(claimed.entries()), "身份信息（" + claimed.source() + "）不完整或被改动，无法识别单位和表格。",
                    "请使用下发给本单位的原始工作簿重新填写。"));
        }
        var settings = plan.settings();
        if (!identity.planCode().equals(settings.planCode()) || identity.year() != settings.year()) {
            return Result.refused(identity, Problem.ofFile("该文件属于另一个考核方案（方案代码 "
                    + identity.planCode() + "，" + identity.year() + " 年度），不是本方案（" + settings.planCode() + "，"
                    + settings.year() + " 年度）下发的填报表。", "请确认文件是否发错了年度；本年度请使用本方案下发的工作簿填写。"));
        }
        AssessedUnit unit = plan.unit(identity.unitCode()).orElse(null);
        if (unit == null) {
            return Result.refused(identity, Problem.ofFile("身份信息中的单位代码“" + identity.unitCode()
                    + "”不在本方案的被考核单位名单中。", "请核对考核方案 units.csv；若单位确已撤并，请联系考核办。"));
        }
        if (!identity.templateVersion().equals(settings.forms().templateVersion())) {
            return Result.refused(identity, Problem.ofFile("该工作簿的版式版本为 "
                    + identity.templateVersion() + "，而本方案当前版式版本为 " + settings.forms().templateVersion()
                    + "（下发后表格版式有过调整）。", "请使用考核办最新下发的工作簿重新填写。"));
        }
        FormLayout layout = contract.layout(unit, identity.form());
        List<Problem> missing = missingSheets(book, layout);
        return missing.isEmpty() ? new Result(identity, unit, layout, List.of())
                : new Result(identity, null, null, missing);
    }

    /** Every sheet of the form the file claims to be, by name (a deleted or renamed sheet refuses it). */
    private static List<Problem> missingSheets(ReturnedWorkbook book, FormLayout layout) {
        List<Problem> problems = new ArrayList<>();
        for (String sheet : layout.sheets()) {
            if (!book.sheetNames().contains(sheet)) {
                problems.add(new Problem(sheet, null, null, "缺少工作表“" + sheet + "”（被删除或改名）。",
                        "请使用下发的原始工作簿，不要删除或重命名工作表。"));
            }
        }
        return problems;
    }
}
