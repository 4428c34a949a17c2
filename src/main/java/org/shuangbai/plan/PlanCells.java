package org.shuangbai.plan;

import java.util.List;
import java.util.Set;

import org.shuangbai.text.Messages;

/** Cell readers shared by the plan's tables: each records a problem and returns what it read, so reading goes on. */
final class PlanCells {
    private PlanCells() {
    }

    static String required(CsvTable table, CsvTable.Row row, PlanColumn column, List<PlanProblem> problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                    Messages.text("plan.problem.required", "column", column.label())));
        }
        return v;
    }

    /** A code: required, unique within {@code seen}, of the characters every code may use. */
    static String code(CsvTable table, CsvTable.Row row, PlanColumn column, Set<String> seen,
                       List<PlanProblem> problems) {
        String v = required(table, row, column, problems);
        if (!v.isEmpty() && !seen.add(v)) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                    Messages.text("plan.problem.duplicateCode", "code", v)));
        }
        if (!v.isEmpty() && !v.matches("[A-Za-z0-9_-]{1,32}")) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                    Messages.text("plan.problem.codeCharacters", "code", v)));
        }
        return v;
    }
}
