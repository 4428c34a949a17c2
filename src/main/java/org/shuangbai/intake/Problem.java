package org.shuangbai.intake;

import org.shuangbai.text.Messages;

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
    /** Problems of one kind (changed labels, outside links) listed one by one; the rest are counted in one line. */
    static final int LISTED_ONE_BY_ONE = 20;

    public Problem(String sheet, String cell, String found, String what, String todo) {
        this(sheet, cell, found, what, todo, null);
    }

    /** The same problem, said to concern this unit and indicator. */
    public Problem withSubject(String words) {
        return new Problem(sheet, cell, found, what, todo, words);
    }

    public static Problem ofFile(String what, String todo) {
        return new Problem(null, null, null, what, todo);
    }

    /** A problem of a whole sheet (missing, rows moved, the identity sheet). */
    public static Problem ofSheet(String sheet, String what, String todo) {
        return new Problem(sheet, null, null, what, todo);
    }

    /** A problem of one cell, with nothing in it worth quoting (e.g. a required cell left empty). */
    public static Problem ofCell(String sheet, String cell, String what, String todo) {
        return new Problem(sheet, cell, null, what, todo);
    }

    /** Location and finding on one line, e.g. 工作表“考核评分表”单元格 F7：内容“12”——超出…；请… */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) {
            if (cell == null) {
                sb.append(Messages.text("intake.problem.sheet", "sheet", sheet));
            } else if (subject == null || subject.isEmpty()) {
                sb.append(Messages.text("intake.problem.cell", "sheet", sheet, "cell", cell));
            } else {
                sb.append(Messages.text("intake.problem.cellSubject", "sheet", sheet, "cell", cell, "subject", subject));
            }
        }
        if (found != null) {
            sb.append(Messages.text("intake.problem.found", "found", abbreviate(found)));
        }
        sb.append(what);
        String fullStop = Messages.text("intake.problem.fullStop");
        if (!what.endsWith(fullStop)) {
            sb.append(fullStop);
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
