package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.shuangbai.Workspace;
import org.shuangbai.forms.FormKind;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `status`: where every unit stands with every form, and the reminder list. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "回收情况：列出每个单位每张表的状态（未交、被退回及原因、已受理及日期和来源文件），分组计数，"
                + "并把催报名单写到 output/status/催报名单.xlsx 和 .csv。")
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspaceOption);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        Workspace workspace = workspaceOption.get();
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Ledger ledger = Ledger.open(workspace)) {
            List<FormStatus> statuses = ledger.status(plan);
            for (UnitGroup group : UnitGroup.values()) {
                Console.OUT.println("【" + group.label() + "】");
                statuses.stream().filter(s -> s.unit().group() == group).collect(Collectors.groupingBy(
                        FormStatus::unit, java.util.LinkedHashMap::new, Collectors.toList())).forEach((unit, list) -> {
                            Console.OUT.println("  " + unit.code() + " " + unit.name());
                            list.forEach(s -> Console.OUT.println("    " + s.form().title() + "：" + describe(s)));
                        });
            }
            Console.OUT.println("汇总：");
            for (UnitGroup group : UnitGroup.values()) {
                StringBuilder sb = new StringBuilder("  " + group.label() + "（" + plan.units(group).size() + " 个单位）");
                for (FormKind form : FormKind.values()) {
                    List<FormStatus> of = statuses.stream().filter(s -> s.unit().group() == group && s.form() == form)
                            .toList();
                    sb.append("；").append(form.title()).append(" 已受理 ").append(count(of, FormStatus.State.ACCEPTED))
                            .append("，被退回 ").append(count(of, FormStatus.State.REJECTED)).append("，未交 ")
                            .append(count(of, FormStatus.State.MISSING));
                }
                Console.OUT.println(sb);
            }
            List<FileRecord> unattributed = ledger.unattributedRejections(plan);
            if (!unattributed.isEmpty()) {
                Console.OUT.println("另有 " + unattributed.size() + " 个被退回的文件无法归属到本方案的单位（无身份信息、单位不明或属于其他方案），"
                        + "例如 " + unattributed.get(0).originalPath() + "。");
            }
            List<Path> written = StatusReport.write(workspace, plan, statuses);
            long owing = statuses.stream().filter(FormStatus::needsReminder).map(FormStatus::unit).distinct().count();
            Console.OUT.println("催报名单（" + owing + " 个单位）已写入 " + written.get(0) + " 和 " + written.get(1) + "。");
            return ExitCode.OK;
        }
    }

    private static long count(List<FormStatus> list, FormStatus.State state) {
        return list.stream().filter(s -> s.state() == state).count();
    }

    static String describe(FormStatus s) {
        return switch (s.state()) {
            case MISSING -> "未交";
            case REJECTED -> "被退回（" + StatusReport.time(s.lastRejected().receivedAt()) + "，"
                    + s.lastRejected().originalPath() + "）：" + StatusReport.reasons(s.lastRejected());
            case ACCEPTED -> "已受理 " + s.current().stream().map(f -> StatusReport.time(f.receivedAt()) + " "
                    + f.originalPath() + (f.assessor().isEmpty() ? "" : "（评分：" + f.assessor() + "）"))
                    .collect(Collectors.joining("；")) + (s.rejectedAfterAccepted()
                    ? "；但其后交来的修改版被退回：" + StatusReport.reasons(s.lastRejected()) : "");
        };
    }
}
