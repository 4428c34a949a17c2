package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.sqlite.SQLiteJDBCLoader;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.InputRule;
import org.shuangbai.intake.CheckedFile;
import org.shuangbai.intake.FieldValue;
import org.shuangbai.intake.Problem;
import org.shuangbai.intake.ReceivedFile;
import org.shuangbai.intake.Verdict;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * 台账: every received file, every value read, and which submission is current, in one SQLite file
 * (workspace.ledgerFile()). Created on first use; its schema is migrated by numbered scripts.
 *
 * <p>Each file is recorded in one transaction (WAL journal, synchronous=FULL), so a crash leaves
 * either the whole file recorded or nothing of it. "Newer" means received later in ingest order (a
 * higher record id); file modification times are never used.
 *
 * <p>Not thread-safe; one process writes a workspace at a time (see {@link WorkspaceLock}).
 */
public final class Ledger implements AutoCloseable {
    private static final AtomicBoolean LOADING = new AtomicBoolean();

    private final Connection connection;

    private Ledger(Connection connection) {
        this.connection = connection;
    }

    /**
     * Starts loading SQLite's driver and native library on a daemon thread, once per JVM; returns at once.
     * The driver copies its native library out of its jar into the temporary folder on every start and
     * reads it back to compare: a tenth of a second of one core at the first {@link #open}, where a
     * command such as ingest waits for it before any file is read. Started ahead, beside work that needs
     * no ledger, it is done by then (an open meanwhile waits for the same load).
     */
    public static void loadAhead() {
        if (LOADING.compareAndSet(false, true)) {
            Parallel.ahead("shuangbai-sqlite", Ledger::loadDriver);
        }
    }

    private static void loadDriver() {
        try {
            DriverManager.getDriver("jdbc:sqlite:");
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the first open needs the same library and reports its failure where it is understood
        }
    }

    /** Opens the workspace's ledger, creating it and migrating its schema when needed. */
    public static Ledger open(Workspace workspace) {
        try {
            Files.createDirectories(workspace.ledgerDir());
        } catch (IOException e) {
            throw new LedgerException(Messages.text("ledger.dir.failed", "dir", workspace.ledgerDir(),
                    "error", e.getMessage()), e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + workspace.ledgerFile());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 10000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.migrate(c);
            return new Ledger(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new LedgerException(Messages.text("ledger.open.failed", "file", workspace.ledgerFile(),
                    "error", e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The schema version of the open ledger. */
    public int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records one checked file in one transaction. A file whose content (SHA-256) was already
     * recorded is a duplicate and changes nothing. An accepted file becomes the current submission
     * of its unit, form and assessor, superseding the previous one (kept in history).
     */
    public RecordOutcome record(CheckedFile checked, Instant receivedAt) {
        if (checked.verdict() == Verdict.SKIPPED || checked.verdict() == Verdict.NOT_READ) {
            throw new IllegalArgumentException(checked.verdict() + " files are not recorded as received");
        }
        try {
            connection.setAutoCommit(false);
            try {
                RecordOutcome outcome = recordInTransaction(checked, receivedAt);
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static final String INSERT_FILE = "INSERT INTO received_file (sha256, original_path, file_name,"
            + " size_bytes, file_type, received_at, verdict, plan_code, plan_year, unit_code, form, assessor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PROBLEM = "INSERT INTO problem (file_id, seq, sheet, cell, found, what,"
            + " todo, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CURRENT_SUBMISSION = "SELECT id, file_id FROM submission WHERE unit_code = ?"
            + " AND form = ? AND assessor = ? AND superseded_by IS NULL";
    private static final String INSERT_SUBMISSION = "INSERT INTO submission (file_id, unit_code, form, assessor,"
            + " superseded_by) VALUES (?, ?, ?, ?, ?)";
    private static final String SUPERSEDE = "UPDATE submission SET superseded_by = ? WHERE id = ?";
    private static final String MAKE_CURRENT = "UPDATE submission SET superseded_by = NULL WHERE id = ?";
    private static final String INSERT_VALUE = "INSERT INTO recorded_value (submission_id, position, field, value,"
            + " kind, sheet, cell) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** Rows sent to SQLite at a time (see {@link #addBatch}); package-private for the test across it. */
    static final int BATCH_ROWS = 2_000;

    private RecordOutcome recordInTransaction(CheckedFile checked, Instant receivedAt) throws SQLException {
        Optional<Long> earlier = findByHash(checked.file().sha256()).map(FileRecord::id);
        if (earlier.isPresent()) {
            return new RecordOutcome(RecordOutcome.Kind.DUPLICATE, earlier.get(), null);
        }
        long fileId = insertFile(checked, receivedAt);
        insertProblems(fileId, checked.problems());
        if (checked.verdict() != Verdict.ACCEPTED) {
            return new RecordOutcome(RecordOutcome.Kind.REJECTED, fileId, null);
        }
        Submission submission = insertSubmission(fileId, checked);
        insertValues(submission.id(), checked.values());
        return new RecordOutcome(RecordOutcome.Kind.ACCEPTED, fileId, submission.supersededFile());
    }

    /** The received file, accepted or rejected, with the identity it claims (null columns when it has none). */
    private long insertFile(CheckedFile checked, Instant receivedAt) throws SQLException {
        var id = checked.identity();
        try (PreparedStatement ps = connection.prepareStatement(INSERT_FILE, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, checked.file().sha256());
            ps.setString(2, checked.file().displayPath());
            ps.setString(3, checked.file().fileName());
            ps.setLong(4, checked.file().size());
            ps.setString(5, checked.type() == null ? null : checked.type().name());
            ps.setString(6, receivedAt.toString());
            ps.setString(7, checked.verdict().name());
            ps.setString(8, id == null ? null : id.planCode());
            setInteger(ps, 9, id == null ? null : id.year());
            ps.setString(10, id == null ? null : id.unitCode());
            ps.setString(11, id == null || id.form() == null ? null : id.form().option());
            ps.setString(12, checked.assessor());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    /** The file's problems in the order found (seq from 1). */
    private void insertProblems(long fileId, List<Problem> problems) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_PROBLEM)) {
            int seq = 0;
            for (Problem p : problems) {
                ps.setLong(1, fileId);
                ps.setInt(2, ++seq);
                ps.setString(3, p.sheet());
                ps.setString(4, p.cell());
                ps.setString(5, p.found());
                ps.setString(6, p.what());
                ps.setString(7, p.todo());
                ps.setString(8, p.subject());
                addBatch(ps, seq);
            }
            executeRest(ps, seq);
        }
    }

    /** A new current submission and the file whose submission it replaced (null when none). */
    private record Submission(long id, Long supersededFile) {
    }

    /**
     * The accepted file as the current submission of its unit, form and assessor, superseding the one that
     * was current (kept in history).
     */
    private Submission insertSubmission(long fileId, CheckedFile checked) throws SQLException {
        var id = checked.identity();
        String form = id.form().option();
        Long previous = null;
        Long previousFile = null;
        try (PreparedStatement ps = connection.prepareStatement(CURRENT_SUBMISSION)) {
            ps.setString(1, id.unitCode());
            ps.setString(2, form);
            ps.setString(3, checked.assessor());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    previous = rs.getLong(1);
                    previousFile = rs.getLong(2);
                }
            }
        }
        long submissionId;
        // The partial unique index allows one current submission per key at every moment, so the new
        // row starts out marked as superseded (by the old one) and the two links are then swapped.
        try (PreparedStatement ps = connection.prepareStatement(INSERT_SUBMISSION, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, fileId);
            ps.setString(2, id.unitCode());
            ps.setString(3, form);
            ps.setString(4, checked.assessor());
            setInteger(ps, 5, previous);
            ps.executeUpdate();
            submissionId = generatedKey(ps);
        }
        if (previous != null) {
            update(SUPERSEDE, submissionId, previous);
            update(MAKE_CURRENT, submissionId);
        }
        return new Submission(submissionId, previousFile);
    }

    /** Every filled input cell of the accepted file, with its layout position, sheet and cell. */
    private void insertValues(long submissionId, List<FieldValue> values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_VALUE)) {
            int added = 0;
            for (FieldValue v : values) {
                ps.setLong(1, submissionId);
                ps.setInt(2, v.position());
                ps.setString(3, v.field().text());
                ps.setString(4, v.value());
                ps.setString(5, v.kind().name());
                ps.setString(6, v.sheet());
                ps.setString(7, v.cell());
                addBatch(ps, ++added);
            }
            executeRest(ps, added);
        }
    }

    /**
     * Adds the statement's row, the {@code count}th, to its batch and sends the batch every
     * {@link #BATCH_ROWS} rows: the driver keeps a copy of every added row's parameters until the batch
     * runs, and an assessing body's workbook holds its cells (or its problems) for every unit of the
     * district; at 50,000 units one batch of all of them outgrew a 1 GB heap. Still the one transaction of
     * {@link #record}, so a failure in a later batch takes the earlier ones back with it.
     */
    private static void addBatch(PreparedStatement ps, int count) throws SQLException {
        ps.addBatch();
        if (count % BATCH_ROWS == 0) {
            ps.executeBatch();
        }
    }

    /** Sends the rows {@link #addBatch} has not sent yet, of {@code count} added. */
    private static void executeRest(PreparedStatement ps, int count) throws SQLException {
        if (count % BATCH_ROWS != 0) {
            ps.executeBatch();
        }
    }

    /** An INTEGER column, NULL when the value is absent. */
    private static void setInteger(PreparedStatement ps, int index, Number value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value.longValue());
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

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /**
     * Records that reading a file ran out of time (its own transaction; no verdict, nothing else changes)
     * and answers how many times that has now happened to this content.
     */
    public int recordNotRead(ReceivedFile file, Instant at) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO unread_attempt (sha256, original_path,"
                + " file_name, size_bytes, attempted_at, reason) VALUES (?, ?, ?, ?, ?, 'TIMEOUT')")) {
            ps.setString(1, file.sha256());
            ps.setString(2, file.displayPath());
            ps.setString(3, file.fileName());
            ps.setLong(4, file.size());
            ps.setString(5, at.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
        return timesNotRead(file.sha256());
    }

    /** How many times reading this content ran out of time. */
    public int timesNotRead(String sha256) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM unread_attempt WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The contents whose reading ran out of time at least this many times and that were never read since. */
    public java.util.Set<String> notReadAtLeast(int times) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sha256 FROM unread_attempt u WHERE NOT EXISTS"
                + " (SELECT 1 FROM received_file f WHERE f.sha256 = u.sha256) GROUP BY sha256 HAVING count(*) >= ?")) {
            ps.setInt(1, times);
            java.util.Set<String> out = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The current values of one form, ordered by unit code, assessor and layout position. */
    public List<RecordedValue> currentValues(FormKind form) {
        return values("AND s.form = ?", form.option());
    }

    /** The current values of every form, ordered by unit code, form, assessor and layout position. */
    public List<RecordedValue> currentValues() {
        return values("", null);
    }

    /**
     * The current values of one form held by the given units or bodies, and of those only the fields
     * starting with {@code fieldPrefix} ("" for all), ordered as {@link #currentValues(FormKind)}: a unit's
     * own score sheets, or the cells about one unit (fields "S01/…") in the bodies' workbooks. One unit's
     * worth at a time, through the indexes of current submissions and of each submission's fields, so
     * that scoring unit by unit never holds the year's values.
     */
    public List<RecordedValue> currentValues(FormKind form, java.util.Collection<String> holders, String fieldPrefix) {
        if (holders.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(holders.size(), "?"));
        // the prefix as a range, which the (submission, field) key answers; LIKE would scan every field
        String range = fieldPrefix.isEmpty() ? "" : " AND v.field >= ? AND v.field < ?";
        String sql = VALUES_SQL + " WHERE s.superseded_by IS NULL AND s.form = ? AND s.unit_code IN (" + in + ")"
                + range + " ORDER BY s.unit_code, s.assessor, v.position";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, form.option());
            for (String holder : holders) {
                ps.setString(++i, holder);
            }
            if (!fieldPrefix.isEmpty()) {
                ps.setString(++i, fieldPrefix);
                ps.setString(++i, fieldPrefix.substring(0, fieldPrefix.length() - 1)
                        + (char) (fieldPrefix.charAt(fieldPrefix.length() - 1) + 1));
            }
            List<RecordedValue> out = readValues(ps);
            out.sort(CURRENT_ORDER);
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The values of one accepted file (current or superseded), in layout order. */
    public List<RecordedValue> valuesOfFile(long fileId) {
        try (PreparedStatement ps = connection.prepareStatement(VALUES_SQL + " WHERE f.id = ? ORDER BY v.position")) {
            ps.setLong(1, fileId);
            return readValues(ps);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static final String VALUES_SQL = "SELECT s.unit_code, s.form, s.assessor, v.field, v.value, v.kind,"
            + " f.file_name, f.original_path, v.sheet, v.cell, f.sha256, s.id, f.received_at, v.position"
            + " FROM recorded_value v JOIN submission s ON s.id = v.submission_id"
            + " JOIN received_file f ON f.id = s.file_id";

    private static final Comparator<RecordedValue> CURRENT_ORDER = Comparator.comparing(RecordedValue::unitCode)
            .thenComparing(v -> v.form().ordinal()).thenComparing(RecordedValue::assessor)
            .thenComparingInt(RecordedValue::position);

    private List<RecordedValue> values(String filter, String arg) {
        String sql = VALUES_SQL + " WHERE s.superseded_by IS NULL " + filter
                + " ORDER BY s.unit_code, s.form, s.assessor, v.position";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            List<RecordedValue> out = readValues(ps);
            out.sort(CURRENT_ORDER);
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Every row repeats its file's name, path, hash and time and its sheet and field names; JDBC
     * makes a new String for each, which for a large plan (10,000 units × 136 fields) is most of the
     * heap. Equal texts are shared through a per-call table, so memory grows with distinct texts.
     */
    private static List<RecordedValue> readValues(PreparedStatement ps) throws SQLException {
        List<RecordedValue> out = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        Map<String, FieldKey> keys = new HashMap<>();
        Map<String, Instant> times = new HashMap<>();
        java.util.function.UnaryOperator<String> one = t -> t == null ? null : shared.computeIfAbsent(t, k -> k);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RecordedValue(one.apply(rs.getString(1)), form(rs.getString(2)), one.apply(rs.getString(3)),
                        keys.computeIfAbsent(rs.getString(4), FieldKey::of), rs.getString(5), InputRule.Kind.valueOf(rs.getString(6)),
                        one.apply(rs.getString(7)), one.apply(rs.getString(8)), one.apply(rs.getString(9)),
                        one.apply(rs.getString(10)), one.apply(rs.getString(11)), rs.getLong(12),
                        times.computeIfAbsent(rs.getString(13), Instant::parse), rs.getInt(14)));
            }
        }
        return out;
    }

    /** Every recorded file in ingest order, with its problems. */
    public List<FileRecord> history() {
        return files("", List.of());
    }

    /** The recorded files of one unit and form in ingest order (accepted, superseded and rejected). */
    public List<FileRecord> history(String unitCode, FormKind form) {
        return files("WHERE f.unit_code = ? AND f.form = ?", List.of(unitCode, form.option()));
    }

    /** One recorded file. */
    public Optional<FileRecord> file(long id) {
        return files("WHERE f.id = ?", List.of(Long.toString(id))).stream().findFirst();
    }

    /** The earlier record of a file with this content, if any. */
    public Optional<FileRecord> findByHash(String sha256) {
        return files("WHERE f.sha256 = ?", List.of(sha256)).stream().findFirst();
    }

    private List<FileRecord> files(String where, List<String> args) {
        String sql = "SELECT f.id, f.sha256, f.original_path, f.file_name, f.size_bytes, f.file_type, f.received_at,"
                + " f.verdict, f.plan_code, f.plan_year, f.unit_code, f.form, f.assessor, s.id, n.file_id"
                + " FROM received_file f LEFT JOIN submission s ON s.file_id = f.id"
                + " LEFT JOIN submission n ON n.id = s.superseded_by " + where + " ORDER BY f.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<FileRecord> out = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[15];
                    for (int c = 0; c < 15; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                    ids.add(rs.getLong(1));
                }
            }
            Map<Long, List<Problem>> problems = problems(ids);
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                out.add(new FileRecord(id, (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                        (String) r[5], Instant.parse((String) r[6]), Verdict.valueOf((String) r[7]), (String) r[8],
                        r[9] == null ? null : ((Number) r[9]).intValue(), (String) r[10],
                        r[11] == null ? null : form((String) r[11]), (String) r[12],
                        r[13] == null ? null : ((Number) r[13]).longValue(),
                        r[14] == null ? null : ((Number) r[14]).longValue(), problems.getOrDefault(id, List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Map<Long, List<Problem>> problems(List<Long> fileIds) throws SQLException {
        Map<Long, List<Problem>> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT file_id, sheet, cell, found, what, todo, subject FROM problem ORDER BY file_id, seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                java.util.Set<Long> wanted = new java.util.HashSet<>(fileIds);
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (wanted.contains(id)) {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Problem(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
        }
        return out;
    }

    /** Where every unit of the plan stands with every form, in plan order of units and form order. */
    public List<FormStatus> status(Plan plan) {
        return StatusBoard.of(plan, history());
    }

    /** Where every assessing body stands with its workbook and what it still owes (none without bodies). */
    public List<BodyStatus> bodyStatus(Plan plan) {
        return bodyStatus(plan, history());
    }

    /** The same from a history already read (the console's board reads it once for the units and the bodies). */
    public List<BodyStatus> bodyStatus(Plan plan, List<FileRecord> history) {
        if (!plan.assessors().active()) {
            return List.of();
        }
        return BodyStatus.of(plan, history, currentValues(FormKind.ASSESSOR));
    }

    /** Rejected files that name no unit or body of the plan (no identity, unknown holder, another plan). */
    public List<FileRecord> unattributedRejections(Plan plan) {
        return unattributedRejections(plan, history());
    }

    /** The same from a history already read (the console's board reads it once for this and the status). */
    public static List<FileRecord> unattributedRejections(Plan plan, List<FileRecord> history) {
        return history.stream().filter(f -> f.verdict() == Verdict.REJECTED)
                .filter(f -> f.unitCode() == null || f.form() == null || !holderKnown(plan, f)
                        || !plan.settings().planCode().equals(f.planCode()))
                .toList();
    }

    private static boolean holderKnown(Plan plan, FileRecord f) {
        return f.form().heldByBody() ? plan.assessors().body(f.unitCode()).isPresent() : plan.unit(f.unitCode()).isPresent();
    }

    private static FormKind form(String option) {
        return FormKind.fromOption(option).orElseThrow(() -> new LedgerException(
                Messages.text("ledger.unknownForm", "form", option)));
    }

    /** The raw 公共评议 imports recorded in this ledger (see {@link EvaluationImports}). */
    public EvaluationImports evaluationImports() {
        return new EvaluationImports(connection);
    }

    static LedgerException failure(SQLException e) {
        return new LedgerException(Messages.text("ledger.failed", "error", e.getMessage()), e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
