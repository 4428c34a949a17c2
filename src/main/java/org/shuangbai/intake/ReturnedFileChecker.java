package org.shuangbai.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * Checks one returned file: recognise it by content ({@link FileSniffer}), read the identity it carries,
 * never its file name ({@link IdentityCheck}), compare every locked cell with the layout the generator
 * wrote for that unit and form ({@link LockedLabelCheck}), verify the signature ({@link SignatureCheck}),
 * refuse outside links ({@link OutsideLinkCheck}) and validate every input cell ({@link InputReading}).
 * A file is accepted whole or rejected whole, with every problem found. Each file is read on a worker
 * thread under a time limit ({@link TimeLimit}), so a hostile file cannot hang the run.
 */
public final class ReturnedFileChecker implements AutoCloseable {
    private static final Set<String> SPREADSHEET_SUFFIXES = Set.of("xlsx", "xls", "ods", "xlsm", "xlsb", "et",
            "ett", "xlt", "xltx", "ots", "fods", "csv");

    private final Plan plan;
    private final IntakeLimits limits;
    private final IdentityCheck identityCheck;
    private final LockedLabelCheck labelCheck;
    private final SignatureCheck signatureCheck;
    private final TimeLimit timeLimit;
    private final XlsxPackageShapes shapes = new XlsxPackageShapes();

    public ReturnedFileChecker(Plan plan, FormContract contract, IntakeLimits limits) {
        this.plan = plan;
        this.limits = limits;
        this.identityCheck = new IdentityCheck(plan, contract);
        this.labelCheck = new LockedLabelCheck(plan, contract);
        this.signatureCheck = new SignatureCheck(plan, contract);
        this.timeLimit = new TimeLimit(limits.timeout());
    }

    /** Whether a file name looks like a spreadsheet (then a non-spreadsheet content is rejected, not skipped). */
    public static boolean namedLikeSpreadsheet(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && SPREADSHEET_SUFFIXES.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Reads the file's size and content hash. */
    public static ReceivedFile receive(Path path, String displayPath) throws IOException {
        return ReceivedFile.read(path, displayPath);
    }

    /** 评分单位/评分人 as filled: one unit may be scored by several assessors, each a current submission. */
    public static String assessorKey(Map<FieldKey, String> byField) {
        return InputReading.assessorKey(byField);
    }

    /** Checks a received file; never throws for anything the file contains. */
    public CheckedFile check(ReceivedFile file) {
        return timeLimit.run(() -> checkNow(file), () -> timedOut(file),
                failure -> CheckedFile.rejected(file, null, null, List.of(Problem.ofFile(Messages.text(
                        "intake.file.unexpectedError", "error", failure.getClass().getSimpleName()),
                        FileSniffer.todoResave()))));
    }

    /** Not a verdict about the content: the machine may just have been busy. */
    private CheckedFile timedOut(ReceivedFile file) {
        return CheckedFile.notRead(file, Problem.ofFile(
                Messages.text("intake.timeout", "seconds", limits.timeout().toSeconds()),
                Messages.text("intake.timeout.todo")));
    }

    private CheckedFile checkNow(ReceivedFile file) {
        SpreadsheetType type;
        try {
            type = FileSniffer.sniff(file.path(), file.size(), limits);
        } catch (FileRejection e) {
            return CheckedFile.rejected(file, null, null, List.of(e.problem()));
        }
        if (type == null) {
            String kind = FileSniffer.describe(file.path());
            if (namedLikeSpreadsheet(file.fileName())) {
                return CheckedFile.rejected(file, null, null, List.of(Problem.ofFile(
                        Messages.text("intake.file.namedLikeSpreadsheet", "kind", kind),
                        Messages.text("intake.file.namedLikeSpreadsheet.todo"))));
            }
            return CheckedFile.skipped(file, Problem.ofFile(Messages.text("intake.file.skipped", "kind", kind),
                    Messages.text("intake.file.skipped.todo")));
        }
        try (ReturnedWorkbook book = open(file.path(), type)) {
            return check(file, book);
        } catch (FileRejection e) {
            return CheckedFile.rejected(file, type, null, e.problems());
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            return CheckedFile.rejected(file, type, null, List.of(Problem.ofFile(Messages.text("intake.file.readFailed",
                    "error", e.getClass().getSimpleName()), FileSniffer.todoResave())));
        }
    }

    /** The streaming reader for .xlsx when it can read the file exactly, else the usermodel; .ods its own. */
    private ReturnedWorkbook open(Path path, SpreadsheetType type) throws FileRejection {
        if (type == SpreadsheetType.ODS) {
            return OdsWorkbook.open(path, limits);
        }
        if (type == SpreadsheetType.XLSX) {
            ReturnedWorkbook streamed = XlsxStreamWorkbook.open(path, limits, shapes);
            if (streamed != null) {
                return streamed;
            }
        }
        return PoiWorkbook.open(path, type, limits);
    }

    private CheckedFile check(ReceivedFile file, ReturnedWorkbook book) {
        SpreadsheetType type = book.type();
        ClaimedIdentity claimed = ClaimedIdentity.read(book);
        List<Problem> unreadable = book.unreadableCells();
        if (!unreadable.isEmpty()) {
            // before anything else is read: a cell read as blank would show up again as an edit or a missing
            // entry, and the usermodel may fail on such a cell. The identity, unverified, only says whose
            // file it seems to be.
            return CheckedFile.rejected(file, type, claimed == null ? null : claimed.identity(), unreadable);
        }
        IdentityCheck.Result claim = identityCheck.check(book, claimed);
        FormIdentity identity = claim.identity();
        if (!claim.passed()) {
            return CheckedFile.rejected(file, type, identity, claim.problems());
        }
        List<Problem> problems = new ArrayList<>(OutsideLinkCheck.problems(book));
        LockedLabelCheck.Labels labels = labelCheck.read(book, claim.layout());
        if (labels.anyChanged()) {
            problems.addAll(labelCheck.problems(book, claim.layout(), claim.unit(), claim.body(), identity.form(),
                    labels));
        } else {
            Problem signature = signatureCheck.problem(identity, claim.unit(), claim.body(),
                    claimed.get(ClaimedIdentity.SIGNATURE), claim.layout());
            if (signature != null) {
                problems.add(signature);
            }
        }
        MatrixSubjects subjects = MatrixSubjects.of(plan, claim.body() == null ? null : claim.layout());
        if (!problems.isEmpty()) {
            return CheckedFile.rejected(file, type, identity, subjects.name(problems));
        }
        CheckedFile read = InputReading.read(file, book, identity, claim.layout(), limits);
        return read.verdict() == Verdict.REJECTED ? read.withProblems(subjects.name(read.problems())) : read;
    }

    @Override
    public void close() {
        timeLimit.close();
    }
}
