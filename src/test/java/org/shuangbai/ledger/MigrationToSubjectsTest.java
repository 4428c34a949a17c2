package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.intake.Problem;

/** A ledger written before bodies' workbooks (schema version 2) opens, migrates, and keeps every problem. */
class MigrationToSubjectsTest {
    @TempDir
    Path root;

    @Test
    void aVersionTwoLedgerMigratesAndItsProblemsReadAsBefore() throws Exception {
        Workspace ws = new Workspace(root);
        Files.createDirectories(ws.ledgerDir());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.ledgerFile());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            int v = 0;
            for (String script : new String[] {"001_initial.sql", "002_unread.sql"}) {
                try (InputStream in = Migrations.class.getResourceAsStream("/ledger/migrations/" + script)) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
                st.execute("INSERT INTO schema_version VALUES (" + (++v) + ", '" + script + "', '2009-12-01T00:00:00Z')");
            }
            st.execute("INSERT INTO received_file (sha256, original_path, file_name, size_bytes, file_type, received_at,"
                    + " verdict, plan_code, plan_year, unit_code, form, assessor) VALUES ('ab', 'input/returned/a.xlsx',"
                    + " 'a.xlsx', 10, 'XLSX', '2009-12-20T08:00:00Z', 'REJECTED', 'CY-2009-SB', 2009, 'S01', 'score', '')");
            st.execute("INSERT INTO problem (file_id, seq, sheet, cell, found, what, todo) VALUES (1, 1, '效能监察', 'H5',"
                    + " '12', '“考核得分”超过本项分值 3 分', '请填写0 到 3 之间的数字。')");
        }
        try (Ledger ledger = Ledger.open(ws)) {
            assertEquals(4, ledger.schemaVersion());
            Problem p = ledger.history().get(0).problems().get(0);
            assertEquals(new Problem("效能监察", "H5", "12", "“考核得分”超过本项分值 3 分", "请填写0 到 3 之间的数字。"), p);
            assertNull(p.subject());
        }
    }
}
