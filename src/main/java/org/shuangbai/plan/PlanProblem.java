package org.shuangbai.plan;

/**
 * One error found in a plan, located by file, line and column (column is the CSV header name or a
 * settings key; line 0 means the file as a whole).
 */
public record PlanProblem(String file, int line, String column, String message) {

    /** The Chinese line an office clerk reads, e.g. "indicators.csv 第12行「指标分值」：…". */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" 第").append(line).append("行");
        }
        if (column != null && !column.isEmpty()) {
            sb.append("「").append(column).append("」");
        }
        return sb.append("：").append(message).toString();
    }
}
