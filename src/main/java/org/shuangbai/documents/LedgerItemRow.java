package org.shuangbai.documents;

/** An issue-ledger (挂帐问题) item as the consolidated ledger and the letters print it. */
public record LedgerItemRow(String unitCode, String unitName, String number, String problem, String category,
                            String opinion, String deadline, String department, String status, boolean overdue,
                            String remark) {
}
