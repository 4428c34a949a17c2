package org.shuangbai.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.shuangbai.app.StatusResult;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `status`: where every unit stands with every form, and the reminder list. */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        StatusResult r = workspaceOption.office().status();
        List<FormStatus> statuses = r.statuses();
        for (UnitGroup group : UnitGroup.values()) {
            Console.OUT.println(Messages.text("status.group", "group", group.label()));
            statuses.stream().filter(s -> s.unit().group() == group).collect(Collectors.groupingBy(
                    FormStatus::unit, LinkedHashMap::new, Collectors.toList())).forEach((unit, list) -> {
                        Console.OUT.println("  " + unit.code() + " " + unit.name());
                        list.forEach(s -> Console.OUT.println(Messages.text("status.form", "form", s.form().title(),
                                "status", describe(s))));
                    });
        }
        if (!r.bodies().isEmpty()) {
            Console.OUT.println(Messages.text("status.bodies"));
            for (BodyStatus b : r.bodies()) {
                String state = b.state() == FormStatus.State.REJECTED ? Messages.text("status.rejected",
                        "time", StatusReport.time(b.lastRejected().receivedAt()), "file", b.lastRejected().originalPath(),
                        "reasons", StatusReport.reasons(b.lastRejected())) : b.state().label()
                        + (b.rejectedAfterAccepted() ? Messages.text("status.correctionRejected", "reasons",
                                StatusReport.reasons(b.lastRejected())) : "");
                Console.OUT.println(Messages.text("status.body", "code", b.body().code(), "name", b.body().name(),
                        "state", state, "owed", b.owed().isEmpty() ? Messages.text("status.body.nothingOwed")
                                : StatusReport.owed(b)));
            }
        }
        Console.OUT.println(Messages.text("status.summary"));
        for (UnitGroup group : UnitGroup.values()) {
            StringBuilder sb = new StringBuilder(Messages.text("status.summary.group", "group", group.label(),
                    "units", r.plan().units(group).size()));
            for (FormKind form : FormKind.unitForms()) {
                List<FormStatus> of = statuses.stream().filter(s -> s.unit().group() == group && s.form() == form)
                        .toList();
                sb.append(Messages.text("status.summary.form", "form", form.title(),
                        "accepted", count(of, FormStatus.State.ACCEPTED), "rejected", count(of, FormStatus.State.REJECTED),
                        "missing", count(of, FormStatus.State.MISSING)));
            }
            Console.OUT.println(sb);
        }
        if (!r.unattributed().isEmpty()) {
            Console.OUT.println(Messages.text("status.unattributed", "count", r.unattributed().size(),
                    "example", r.unattributed().get(0).originalPath()));
        }
        if (!r.bodies().isEmpty()) {
            Console.OUT.println(Messages.text("status.bodies.summary", "bodies", r.bodies().size(),
                    "owing", r.bodiesOwing()));
        }
        Console.OUT.println(Messages.text("status.reminderWritten", "units", r.unitsOwing(),
                "xlsx", r.reminderFiles().get(0), "csv", r.reminderFiles().get(1)));
        return ExitCode.OK;
    }

    private static long count(List<FormStatus> list, FormStatus.State state) {
        return list.stream().filter(s -> s.state() == state).count();
    }

    static String describe(FormStatus s) {
        return switch (s.state()) {
            case MISSING -> s.state().label();
            case REJECTED -> Messages.text("status.rejected", "time", StatusReport.time(s.lastRejected().receivedAt()),
                    "file", s.lastRejected().originalPath(), "reasons", StatusReport.reasons(s.lastRejected()));
            case ACCEPTED -> Messages.text("status.accepted", "files", s.current().stream()
                    .map(f -> StatusReport.time(f.receivedAt()) + " " + f.originalPath() + (f.assessor().isEmpty() ? ""
                            : Messages.text("status.accepted.assessor", "assessor", f.assessor())))
                    .collect(Lists.clauses())) + (s.rejectedAfterAccepted()
                    ? Messages.text("status.correctionRejected", "reasons", StatusReport.reasons(s.lastRejected())) : "");
        };
    }
}
