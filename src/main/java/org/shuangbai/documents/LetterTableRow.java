package org.shuangbai.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A letter's indicator row as its table prints it: the {@link LetterRow} and where the row stands in
 * its category, so that the 一级指标 column draws one cell per category (its top border on the first
 * row, its bottom border on the last, the name once).
 */
public record LetterTableRow(String system, String systemResult, String category, String number, String indicator,
                             BigDecimal max, BigDecimal self, BigDecimal score, String difference, String notes,
                             boolean categoryFirst, boolean categoryLast) {

    static List<LetterTableRow> of(List<LetterRow> rows) {
        List<LetterTableRow> table = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LetterRow r = rows.get(i);
            boolean first = i == 0 || !sameCategory(rows.get(i - 1), r);
            boolean last = i == rows.size() - 1 || !sameCategory(r, rows.get(i + 1));
            table.add(new LetterTableRow(r.system(), r.systemResult(), r.category(), r.number(), r.indicator(), r.max(),
                    r.self(), r.score(), r.difference(), r.notes(), first, last));
        }
        return table;
    }

    private static boolean sameCategory(LetterRow a, LetterRow b) {
        return Objects.equals(a.system(), b.system()) && Objects.equals(a.category(), b.category());
    }
}
