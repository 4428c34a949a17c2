package org.shuangbai.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shuangbai.text.Messages;

/**
 * Brings a ledger database to the schema this program expects, by the numbered SQL scripts listed
 * in resources ledger/migrations/index.txt (script N sets schema version N). Each script runs in
 * its own transaction together with its schema_version row, so a crash never leaves half a
 * migration.
 */
final class Migrations {
    private static final String DIR = "/ledger/migrations/";

    private Migrations() {
    }

    static List<String> scripts() {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing " + DIR + "index.txt");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema version this program writes. */
    static int latest() {
        return scripts().size();
    }

    static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void migrate(Connection c) throws SQLException {
        List<String> scripts = scripts();
        int version = current(c);
        if (version > scripts.size()) {
            throw new LedgerException(Messages.text("ledger.schema.newer", "version", version, "latest",
                    scripts.size()));
        }
        for (int v = version + 1; v <= scripts.size(); v++) {
            String name = scripts.get(v - 1);
            String sql = read(name);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String statement : statements(sql)) {
                    st.execute(statement);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, name);
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a script at semicolons ending a line; scripts hold no triggers or string literals with ';'. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : clean.toString().split(";\\s*\n")) {
            String s = part.strip();
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
