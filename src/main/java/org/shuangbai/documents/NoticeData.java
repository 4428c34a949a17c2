package org.shuangbai.documents;

import java.util.List;

/**
 * Everything the results notice (考核结果通报) prints. {@code body} is JasperReports styled text
 * (see {@link BodyText}); the two lists feed its attachments.
 */
public record NoticeData(String mark, String documentNumber, String title, String addressees, String body,
                         String issuer, String date, String copyTo, String printer, String printDate,
                         String commendedTitle, String summaryTitle,
                         List<CommendedUnit> commended, List<SummaryRow> summary) {
    public NoticeData {
        commended = List.copyOf(commended);
        summary = summary instanceof DocumentData.SummaryRows ? summary : List.copyOf(summary);
    }
}
