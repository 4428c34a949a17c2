package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Hyperlinks and formulas pointing outside the workbook: listed with their sheet and cell, never followed,
 * and the file refused (the program opens no link and evaluates no formula, but a return that carries one
 * would carry it into the office's copies).
 */
final class OutsideLinkCheck {
    private OutsideLinkCheck() {
    }

    static List<Problem> problems(ReturnedWorkbook book) {
        List<Problem> out = new ArrayList<>();
        for (ReturnedWorkbook.OutsideLink link : book.outsideLinks()) {
            if (out.size() >= Problem.LISTED_ONE_BY_ONE) {
                out.add(Problem.ofFile("另有更多指向外部的链接未逐一列出。", "请删除所有超链接和引用其他文件的公式后重新提交。"));
                break;
            }
            String what = link.hyperlink()
                    ? "含有指向本工作簿以外的超链接（" + Problem.abbreviate(link.target()) + "）"
                    : link.cell() == null ? "工作簿含有指向其他文件的外部链接（" + Problem.abbreviate(link.target()) + "）"
                    : "公式引用了本工作簿以外的文件、网址或程序";
            String todo = link.hyperlink() ? "程序不会打开它，但含外部链接的文件不予受理。请右键该单元格选择“取消超链接”，保存后重新提交。"
                    : "程序不会计算或打开它，但含外部链接的文件不予受理。请删除该公式（Excel/WPS：数据→编辑链接→断开链接），保存后重新提交。";
            out.add(new Problem(link.sheet(), link.cell(), link.hyperlink() || link.cell() == null ? null : link.target(),
                    what, todo));
        }
        return out;
    }
}
