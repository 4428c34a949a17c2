package org.shuangbai.documents;

import java.util.List;

/** A unit's 考核结果通知书: its scores, vetoes, open ledger items and a chart against its group. */
public record LetterData(String unitCode, String unitName, String group, String title, String salutation,
                         String intro, String issuer, String date, String reference,
                         List<LetterRow> rows, List<VetoRow> vetoes, List<LedgerItemRow> openItems,
                         List<ChartRow> chart) {
    public LetterData {
        rows = List.copyOf(rows);
        vetoes = List.copyOf(vetoes);
        openItems = List.copyOf(openItems);
        chart = List.copyOf(chart);
    }
}
