package org.shuangbai.intake;

/**
 * One thing wrong with a returned file, worded for an office clerk.
 *
 * @param sheet the sheet, or null when the problem concerns the whole file
 * @param cell  A1 reference, or null when the problem concerns the whole file or sheet
 * @param found what the cell holds (as shown), or null
 * @param what  what is wrong (Chinese)
 * @param todo  what to do about it (Chinese)
 * @param subject in a body's workbook, the unit row and indicator column of the cell in words; else null
 */
public record Problem(String sheet, String cell, String found, String what, String todo, String subject) {

    public Problem(String sheet, String cell, String found, String what, String todo) {
        this(sheet, cell, found, what, todo, null);
    }

    public static Problem ofFile(String what, String todo) {
        return new Problem(null, null, null, what, todo);
    }

    /** The same problem, said to concern this unit and indicator. */
    public Problem withSubject(String words) {
        return new Problem(sheet, cell, found, what, todo, words);
    }

    /** Location and finding on one line, e.g. 工作表“考核评分表”单元格 F7：内容“12”——超出…；请… */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) {
            sb.append("工作表“").append(sheet).append("”");
            if (cell != null) {
                sb.append("单元格 ").append(cell);
            }
            if (subject != null && !subject.isEmpty()) {
                sb.append(org.shuangbai.text.Messages.text("intake.problem.subject", "subject", subject));
            }
            sb.append("：");
        }
        if (found != null) {
            sb.append("内容为“").append(abbreviate(found)).append("”，");
        }
        sb.append(what);
        if (!what.endsWith("。")) {
            sb.append("。");
        }
        sb.append(todo);
        return sb.toString();
    }

    static String abbreviate(String text) {
        String flat = text.replace("\r", "").replace("\n", "⏎");
        return flat.codePointCount(0, flat.length()) <= 40 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 40)) + "…";
    }
}
