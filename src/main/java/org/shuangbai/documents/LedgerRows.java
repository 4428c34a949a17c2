package org.shuangbai.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.plan.FormKind;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.Plan;

/** Turns what the ledger holds into the rows of the consolidated issue ledger and the reminder list. */
public final class LedgerRows {
    private LedgerRows() {
    }

    /**
     * The issue-ledger items of every unit's current 挂帐问题项目表. An item is overdue when its
     * deadline is before {@code asOf} and its status is not the last of the plan's 整改状态 list.
     */
    public static List<LedgerItemRow> items(Plan plan, List<RecordedValue> ledgerValues, LocalDate asOf) {
        // unit -> record number -> field -> value, in unit and record order
        Map<String, Map<String, Map<String, String>>> byUnit = new TreeMap<>();
        for (RecordedValue v : ledgerValues) {
            if (v.form() != FormKind.LEDGER) {
                continue;
            }
            if (!(v.field() instanceof RecordField f) || f.kind() != RecordKind.ISSUE) {
                continue;
            }
            byUnit.computeIfAbsent(v.unitCode(), k -> new TreeMap<>())
                    .computeIfAbsent(f.recordId(), k -> new LinkedHashMap<>())
                    .put(f.column(), v.value());
        }
        List<String> statuses = plan.list(Plan.LIST_ISSUE_STATUSES);
        String done = statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
        List<LedgerItemRow> rows = new ArrayList<>();
        byUnit.forEach((unit, records) -> records.forEach((number, f) -> {
            String problem = f.get("problem");
            if (problem == null || problem.isBlank()) {
                return;
            }
            String deadline = f.get("deadline");
            String status = f.get("status");
            boolean overdue = false;
            if (deadline != null && !deadline.isBlank() && !(status != null && status.equals(done))) {
                try {
                    overdue = LocalDate.parse(deadline).isBefore(asOf);
                } catch (DateTimeParseException e) {
                    overdue = false;
                }
            }
            String name = plan.unit(unit).map(AssessedUnit::name).orElse(unit);
            rows.add(new LedgerItemRow(unit, name, number, problem, f.get("category"), f.get("opinion"), deadline,
                    f.get("department"), status, overdue, overdue ? Messages.text("documents.ledger.overdue") : null));
        }));
        return rows;
    }

    /** Units that owe a form (missing, rejected, or a rejected correction), one row per unit. */
    public static List<ReminderRow> reminders(Plan plan, List<FormStatus> statuses) {
        Map<String, List<FormStatus>> owing = new LinkedHashMap<>();
        for (FormStatus s : statuses) {
            if (s.needsReminder()) {
                owing.computeIfAbsent(s.unit().code(), k -> new ArrayList<>()).add(s);
            }
        }
        List<ReminderRow> rows = new ArrayList<>();
        owing.forEach((code, list) -> {
            AssessedUnit unit = list.get(0).unit();
            List<String> missing = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (FormStatus s : list) {
                missing.add(s.form().title());
                notes.add(s.state() == FormStatus.State.ACCEPTED ? Messages.text("documents.reminder.correctionRejected")
                        : s.state().label());
            }
            rows.add(new ReminderRow(unit.group().label(), code, unit.name(), Lists.enumeration(missing),
                    Lists.enumeration(notes)));
        });
        return rows;
    }

    /** The 催报名单's section of the assessing bodies: each body whose workbook is missing, refused or incomplete. */
    public static List<ReminderRow> bodyReminders(List<BodyStatus> bodies) {
        List<ReminderRow> rows = new ArrayList<>();
        for (BodyStatus s : bodies) {
            if (!s.needsReminder()) {
                continue;
            }
            String note = s.rejectedAfterAccepted() ? Messages.text("documents.reminder.correctionRejected")
                    : s.state() == FormStatus.State.ACCEPTED ? StatusReport.owed(s) : s.state().label();
            rows.add(new ReminderRow(Messages.text("ledger.status.body.group", "kind", s.body().kind().label()),
                    s.body().code(), s.body().name(), FormKind.ASSESSOR.title(), note));
        }
        return rows;
    }
}
