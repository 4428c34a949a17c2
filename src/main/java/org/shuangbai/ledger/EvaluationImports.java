package org.shuangbai.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangbai.evaluation.ImportCounts;
import org.shuangbai.evaluation.ImportTally;
import org.shuangbai.evaluation.RowNote;
import org.shuangbai.evaluation.SourcedTally;
import org.shuangbai.evaluation.UnitChannelTally;
import org.shuangbai.evaluation.UnknownUnit;
import org.shuangbai.tables.RawFile;
import org.shuangbai.tables.TextEncoding;

/**
 * The raw 公共评议 imports of a ledger. One import is one transaction, opened by {@link #begin} before the
 * file is read (its listed rows are written as they are met, so a 2-million-row file never holds them
 * in memory) and committed by {@link Recording#finish}; closing a recording that was not finished (the
 * file was refused half-way, the process was killed) leaves the ledger as it was.
 */
public final class EvaluationImports {
    private static final int BATCH = 1_000;

    private final Connection connection;

    EvaluationImports(Connection connection) {
        this.connection = connection;
    }

    /**
     * The earlier import of a file with these bytes read under these rules, if any: importing it again is
     * a duplicate. After the rules changed the same file may be imported again.
     */
    public Optional<ImportRecord> findByHash(String sha256, String rulesFingerprint) {
        return imports("WHERE sha256 = ?", sha256).stream().filter(r -> r.rulesFingerprint().equals(rulesFingerprint))
                .findFirst();
    }

    /** The current import of a batch, if any. */
    public Optional<ImportRecord> currentOfBatch(String batch) {
        return imports("WHERE batch = ? AND superseded_by IS NULL", batch).stream().findFirst();
    }

    /** Every import in import order, superseded ones included. */
    public List<ImportRecord> history() {
        return imports("", null);
    }

    public Optional<ImportRecord> get(long id) {
        return imports("WHERE id = ?", Long.toString(id)).stream().findFirst();
    }

    /** The tallies of every current import, with their source, in import, unit and channel order. */
    public List<SourcedTally> currentTallies() {
        Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.import_id, a.unit_code, a.channel, a.answer,"
                + " a.count FROM evaluation_answer a JOIN evaluation_import i ON i.id = a.import_id"
                + " WHERE i.superseded_by IS NULL ORDER BY a.import_id, a.unit_code, a.channel, a.answer");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                answers.computeIfAbsent(rs.getLong(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3),
                        k -> new LinkedHashMap<>()).put(rs.getString(4), rs.getLong(5));
            }
        } catch (SQLException e) {
            throw Ledger.failure(e);
        }
        List<SourcedTally> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT t.import_id, t.unit_code, t.channel,"
                + " t.respondents, t.repeats, t.out_of_period, i.file_name, i.rules_fingerprint FROM evaluation_tally t"
                + " JOIN evaluation_import i ON i.id = t.import_id WHERE i.superseded_by IS NULL"
                + " ORDER BY t.import_id, t.unit_code, t.channel");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getLong(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3);
                out.add(new SourcedTally(new UnitChannelTally(rs.getString(2), rs.getString(3), rs.getLong(4),
                        answers.getOrDefault(key, Map.of()), rs.getLong(5), rs.getLong(6)), rs.getLong(1),
                        rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw Ledger.failure(e);
        }
        return out;
    }

    /** The rows an import listed (bad rows, repeated answers), in file order. */
    public List<RowNote> notes(long importId) {
        List<RowNote> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT line, kind, unit_code, channel, found, what, todo"
                + " FROM evaluation_note WHERE import_id = ? ORDER BY seq")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RowNote(rs.getLong(1), RowNote.Kind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw Ledger.failure(e);
        }
        return out;
    }

    /** The units an import named that the plan does not have. */
    public List<UnknownUnit> unknownUnits(long importId) {
        List<UnknownUnit> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, rows, first_line FROM evaluation_unknown_unit"
                + " WHERE import_id = ? ORDER BY first_line")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnknownUnit(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw Ledger.failure(e);
        }
        return out;
    }

    /**
     * Starts recording an import of {@code file} in batch {@code batch}: opens the transaction and writes
     * the import's row, which the recording completes.
     */
    public Recording begin(RawFile file, String displayPath, String batch, Instant at, String planCode,
                           String rulesFingerprint) {
        try {
            connection.setAutoCommit(false);
            Long previous = currentOfBatch(batch).map(ImportRecord::id).orElse(null);
            long id;
            // the partial unique index allows one current import per batch: the new row starts out
            // superseded by the old one, and the links are swapped when it is finished
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO evaluation_import (sha256,"
                    + " original_path, file_name, size_bytes, format, encoding, encoding_line, batch, imported_at,"
                    + " plan_code, rules_fingerprint, header_line, title_rows, channels, rows, valid, not_counted,"
                    + " repeats, out_of_period, unknown_unit, bad, blank, superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, 0, 0, '', 0, 0, 0, 0, 0, 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, file.sha256());
                ps.setString(2, displayPath);
                ps.setString(3, file.fileName());
                ps.setLong(4, file.size());
                ps.setString(5, file.format().name());
                ps.setString(6, file.encoding().code());
                ps.setLong(7, file.encoding().firstForeignLine());
                ps.setString(8, batch);
                ps.setString(9, at.toString());
                ps.setString(10, planCode);
                ps.setString(11, rulesFingerprint);
                if (previous == null) {
                    ps.setNull(12, Types.INTEGER);
                } else {
                    ps.setLong(12, previous);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return new Recording(id, previous);
        } catch (SQLException e) {
            rollback();
            throw Ledger.failure(e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the first failure is the one reported
        }
    }

    /** One import being recorded; {@link #close()} without {@link #finish} rolls everything back. */
    public final class Recording implements AutoCloseable {
        private final long id;
        private final Long previous;
        private final PreparedStatement notes;
        private int seq;
        private int pending;
        private boolean done;

        private Recording(long id, Long previous) throws SQLException {
            this.id = id;
            this.previous = previous;
            this.notes = connection.prepareStatement("INSERT INTO evaluation_note (import_id, seq, line, kind, unit_code,"
                    + " channel, found, what, todo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        public long id() {
            return id;
        }

        /** The import this one supersedes (same batch), or null. */
        public Long supersedes() {
            return previous;
        }

        /** Writes a listed row (batched; the transaction is still open). */
        public void note(RowNote note) {
            try {
                notes.setLong(1, id);
                notes.setInt(2, ++seq);
                notes.setLong(3, note.line());
                notes.setString(4, note.kind().name());
                notes.setString(5, note.unitCode());
                notes.setString(6, note.channelCode());
                notes.setString(7, note.found());
                notes.setString(8, note.what());
                notes.setString(9, note.todo());
                notes.addBatch();
                if (++pending >= BATCH) {
                    notes.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw Ledger.failure(e);
            }
        }

        /** Writes the tallies and counts, makes this import current for its batch, and commits. */
        public void finish(ImportTally tally, String sheet) {
            try {
                if (pending > 0) {
                    notes.executeBatch();
                }
                ImportCounts c = tally.counts();
                try (PreparedStatement ps = connection.prepareStatement("UPDATE evaluation_import SET sheet = ?,"
                        + " header_line = ?, title_rows = ?, channels = ?, rows = ?, valid = ?, not_counted = ?,"
                        + " repeats = ?, out_of_period = ?, unknown_unit = ?, bad = ?, blank = ? WHERE id = ?")) {
                    ps.setString(1, sheet);
                    ps.setLong(2, tally.headerLine());
                    ps.setLong(3, tally.titleRows());
                    ps.setString(4, String.join(",", tally.mapping().channels()));
                    long[] n = {c.rows(), c.valid(), c.notCounted(), c.repeats(), c.outOfPeriod(), c.unknownUnit(),
                            c.bad(), c.blank(), id};
                    for (int i = 0; i < n.length; i++) {
                        ps.setLong(5 + i, n[i]);
                    }
                    ps.executeUpdate();
                }
                try (PreparedStatement t = connection.prepareStatement("INSERT INTO evaluation_tally (import_id, unit_code,"
                        + " channel, respondents, repeats, out_of_period) VALUES (?, ?, ?, ?, ?, ?)");
                     PreparedStatement a = connection.prepareStatement("INSERT INTO evaluation_answer (import_id,"
                             + " unit_code, channel, answer, count) VALUES (?, ?, ?, ?, ?)")) {
                    for (UnitChannelTally u : tally.tallies()) {
                        t.setLong(1, id);
                        t.setString(2, u.unitCode());
                        t.setString(3, u.channelCode());
                        t.setLong(4, u.respondents());
                        t.setLong(5, u.repeats());
                        t.setLong(6, u.outOfPeriod());
                        t.addBatch();
                        for (Map.Entry<String, Long> e : u.answers().entrySet()) {
                            a.setLong(1, id);
                            a.setString(2, u.unitCode());
                            a.setString(3, u.channelCode());
                            a.setString(4, e.getKey());
                            a.setLong(5, e.getValue());
                            a.addBatch();
                        }
                    }
                    t.executeBatch();
                    a.executeBatch();
                }
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO evaluation_unknown_unit (import_id,"
                        + " name, rows, first_line) VALUES (?, ?, ?, ?)")) {
                    for (UnknownUnit u : tally.unknownUnits()) {
                        ps.setLong(1, id);
                        ps.setString(2, u.name());
                        ps.setLong(3, u.rows());
                        ps.setLong(4, u.firstLine());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                if (previous != null) {
                    update("UPDATE evaluation_import SET superseded_by = ? WHERE id = ?", id, previous);
                    update("UPDATE evaluation_import SET superseded_by = NULL WHERE id = ?", id);
                }
                connection.commit();
                connection.setAutoCommit(true);
                done = true;
            } catch (SQLException e) {
                throw Ledger.failure(e);
            }
        }

        private void update(String sql, long... args) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setLong(i + 1, args[i]);
                }
                ps.executeUpdate();
            }
        }

        @Override
        public void close() {
            try {
                notes.close();
            } catch (SQLException ignored) {
                // closing a statement of a transaction being rolled back
            }
            if (!done) {
                rollback();
            }
        }
    }

    private List<ImportRecord> imports(String where, String arg) {
        String sql = "SELECT id, sha256, original_path, file_name, size_bytes, format, encoding, encoding_line, sheet,"
                + " batch, imported_at, plan_code, rules_fingerprint, header_line, title_rows, channels, rows, valid,"
                + " not_counted, repeats, out_of_period, unknown_unit, bad, blank, superseded_by FROM evaluation_import "
                + where + " ORDER BY id";
        List<ImportRecord> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String channels = rs.getString(16);
                    ImportCounts counts = new ImportCounts(rs.getLong(17), rs.getLong(18), rs.getLong(19), rs.getLong(20),
                            rs.getLong(21), rs.getLong(22), rs.getLong(23), rs.getLong(24));
                    Object superseded = rs.getObject(25);
                    out.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), new TextEncoding(TextEncoding.Kind.valueOf(rs.getString(7)),
                            rs.getLong(8)), rs.getString(9), rs.getString(10), Instant.parse(rs.getString(11)),
                            rs.getString(12), rs.getString(13), rs.getLong(14), rs.getLong(15),
                            channels.isEmpty() ? List.of() : Arrays.asList(channels.split(",")), counts,
                            superseded == null ? null : ((Number) superseded).longValue()));
                }
            }
        } catch (SQLException e) {
            throw Ledger.failure(e);
        }
        return out;
    }
}
