package org.shuangbai.plan;

import org.shuangbai.text.Messages;

/**
 * One error found in a plan, located by file, line and column (column is the CSV header name or a
 * settings key; line 0 means the file as a whole).
 */
public record PlanProblem(String file, int line, String column, String message) {

    /** The Chinese line an office clerk reads, e.g. "indicators.csv 第12行「指标分值」：…". */
    public String describe() {
        boolean hasColumn = column != null && !column.isEmpty();
        String key = line > 0
                ? (hasColumn ? "plan.problem.at.lineColumn" : "plan.problem.at.line")
                : (hasColumn ? "plan.problem.at.column" : "plan.problem.at.file");
        return Messages.text(key, "file", file, "line", line, "column", column, "message", message);
    }
}
