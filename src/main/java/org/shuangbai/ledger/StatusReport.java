package org.shuangbai.ledger;

import org.shuangbai.tables.TableFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shuangbai.Workspace;
import org.shuangbai.intake.Problem;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/** 回收情况 and the 催报名单 (units with a form missing or rejected). */
public final class StatusReport {
    static final int REASONS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StatusReport() {
    }

    /** The column names of the reminder list. */
    public static List<String> header() {
        return List.of(Messages.text("ledger.status.column.group"), Messages.text("ledger.status.column.unitCode"),
                Messages.text("ledger.status.column.unitName"), Messages.text("ledger.status.column.form"),
                Messages.text("ledger.status.column.state"), Messages.text("ledger.status.column.reasons"),
                Messages.text("ledger.status.column.lastFile"), Messages.text("ledger.status.column.receivedAt"));
    }

    /** Local date and time of a receipt, as shown to the office. */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** The first reasons of a rejection, one line. */
    public static String reasons(FileRecord rejected) {
        List<Problem> ps = rejected.problems();
        String first = ps.stream().limit(REASONS).map(Problem::describe).collect(Collectors.joining(" "));
        return ps.size() > REASONS ? Messages.text("ledger.status.moreReasons", "reasons", first, "count", ps.size())
                : first;
    }

    /** The reminder rows, in plan order of units and form order. */
    public static List<List<Object>> reminders(List<FormStatus> statuses) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormStatus s : statuses) {
            if (!s.needsReminder()) {
                continue;
            }
            FileRecord r = s.lastRejected();
            String state = s.state() == FormStatus.State.ACCEPTED ? Messages.text("ledger.status.correctionRejected")
                    : s.state().label();
            rows.add(List.of(s.unit().group().label(), s.unit().code(), s.unit().name(), s.form().title(), state,
                    r == null ? "" : reasons(r), r == null ? "" : r.originalPath(), r == null ? "" : time(r.receivedAt())));
        }
        return rows;
    }

    /** How many owed (unit, indicator) pairs of a body are named one by one in its reminder row. */
    static final int OWED_LISTED = 5;

    /** The reminder rows of the assessing bodies: each body whose workbook is missing, refused or incomplete. */
    public static List<List<Object>> bodyReminders(List<BodyStatus> bodies) {
        List<List<Object>> rows = new ArrayList<>();
        for (BodyStatus s : bodies) {
            if (!s.needsReminder()) {
                continue;
            }
            boolean refused = s.state() == FormStatus.State.REJECTED || s.rejectedAfterAccepted();
            // the file the row is about: the refused one, or the accepted one that left scores owed
            FileRecord r = refused ? s.lastRejected() : s.current().isEmpty() ? null
                    : s.current().get(s.current().size() - 1);
            String state = s.rejectedAfterAccepted() ? Messages.text("ledger.status.correctionRejected")
                    : s.state() == FormStatus.State.ACCEPTED ? Messages.text("ledger.status.body.partial")
                    : s.state().label();
            String reasons = refused ? reasons(r) : owed(s);
            rows.add(List.of(Messages.text("ledger.status.body.group", "kind", s.body().kind().label()),
                    s.body().code(), s.body().name(), FormKind.ASSESSOR.title(), state, reasons,
                    r == null ? "" : r.originalPath(), r == null ? "" : time(r.receivedAt())));
        }
        return rows;
    }

    /** The (unit, indicator) pairs a body still owes, the first few by name. */
    public static String owed(BodyStatus s) {
        String first = s.owed().stream().limit(OWED_LISTED).map(o -> Messages.text("ledger.status.body.pair",
                "unitCode", o.unit().code(), "unit", o.unit().name(), "target", o.target()))
                .collect(Lists.enumerating());
        return Messages.text(s.owed().size() > OWED_LISTED ? "ledger.status.body.owedMore" : "ledger.status.body.owed",
                "pairs", first, "count", s.owed().size());
    }

    /** Writes 催报名单.csv and 催报名单.xlsx to output/status/; returns their paths. */
    public static List<Path> write(Workspace workspace, Plan plan, List<FormStatus> statuses) throws IOException {
        return write(workspace, plan, statuses, List.of());
    }

    /** The same with a section of the assessing bodies after the units. */
    public static List<Path> write(Workspace workspace, Plan plan, List<FormStatus> statuses, List<BodyStatus> bodies)
            throws IOException {
        List<List<Object>> rows = reminders(statuses);
        rows.addAll(bodyReminders(bodies));
        String name = Messages.text("ledger.status.name");
        Path csv = workspace.statusDir().resolve(name + ".csv");
        Path xlsx = workspace.statusDir().resolve(name + ".xlsx");
        TableFiles.csv(csv, header(), rows);
        TableFiles.xlsx(xlsx, name, header(), rows, new int[] {8, 8, 26, 14, 12, 80, 40, 16},
                plan.settings().year());
        return List.of(csv, xlsx);
    }
}
