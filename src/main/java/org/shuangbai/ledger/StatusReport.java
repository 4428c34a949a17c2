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
import org.shuangbai.plan.Plan;
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

    /** Writes 催报名单.csv and 催报名单.xlsx to output/status/; returns their paths. */
    public static List<Path> write(Workspace workspace, Plan plan, List<FormStatus> statuses) throws IOException {
        List<List<Object>> rows = reminders(statuses);
        String name = Messages.text("ledger.status.name");
        Path csv = workspace.statusDir().resolve(name + ".csv");
        Path xlsx = workspace.statusDir().resolve(name + ".xlsx");
        TableFiles.csv(csv, header(), rows);
        TableFiles.xlsx(xlsx, name, header(), rows, new int[] {8, 8, 26, 14, 12, 80, 40, 16},
                plan.settings().year());
        return List.of(csv, xlsx);
    }
}
