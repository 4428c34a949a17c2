package org.shuangbai.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.shuangbai.forms.BodyMatrix;
import org.shuangbai.forms.CellFormat;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * Checks one returned file: recognise it by content, read the identity it carries (never its file
 * name), rebuild the layout the generator wrote for that unit and form, compare every locked cell,
 * verify the signature, and validate every input cell. A file is accepted whole or rejected whole,
 * with every problem found. Each file is read on a worker thread under a time limit, so a hostile
 * file cannot hang the run.
 */
public final class ReturnedFileChecker implements AutoCloseable {
    private static final Set<String> SPREADSHEET_SUFFIXES = Set.of("xlsx", "xls", "ods", "xlsm", "xlsb", "et",
            "ett", "xlt", "xltx", "ots", "fods", "csv");
    private static final int MAX_LISTED_LABELS = 20;
    /** Blank required cells of a body's workbook listed one by one; the rest are counted. */
    private static final int MAX_LISTED_BLANKS = 30;

    private final Plan plan;
    private final FormContract contract;
    private final IntakeLimits limits;
    private ExecutorService worker = newWorker();

    public ReturnedFileChecker(Plan plan, FormContract contract, IntakeLimits limits) {
        this.plan = plan;
        this.contract = contract;
        this.limits = limits;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "shuangbai-intake");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether a file name looks like a spreadsheet (then a non-spreadsheet content is rejected, not skipped). */
    public static boolean namedLikeSpreadsheet(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && SPREADSHEET_SUFFIXES.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Reads the file's size and content hash. */
    public static ReceivedFile receive(Path path, String displayPath) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[64 * 1024];
            int r;
            while ((r = in.read(buf)) > 0) {
                sha.update(buf, 0, r);
                size += r;
            }
        }
        return new ReceivedFile(path, displayPath, path.getFileName().toString(), size,
                HexFormat.of().formatHex(sha.digest()));
    }

    /** Checks a received file; never throws for anything the file contains. */
    public CheckedFile check(ReceivedFile file) {
        if (limits.timeout().isZero() || limits.timeout().isNegative()) {
            return timedOut(file);
        }
        Future<CheckedFile> future = worker.submit(() -> checkNow(file));
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // the stuck parser may ignore the interrupt: leave its daemon thread behind and start afresh
            worker.shutdownNow();
            worker = newWorker();
            return timedOut(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return rejected(file, null, null, List.of(Problem.ofFile("读取时出现意外错误（"
                    + e.getCause().getClass().getSimpleName() + "），文件可能已损坏。", FileSniffer.TODO_RESAVE)));
        }
    }

    /** Not a verdict about the content: the machine may just have been busy. */
    private CheckedFile timedOut(ReceivedFile file) {
        return new CheckedFile(file, null, Verdict.NOT_READ, null, "", List.of(), List.of(Problem.ofFile(
                Messages.text("intake.timeout", "seconds", limits.timeout().toSeconds()),
                Messages.text("intake.timeout.todo"))));
    }

    private CheckedFile checkNow(ReceivedFile file) {
        SpreadsheetType type;
        try {
            type = FileSniffer.sniff(file.path(), file.size(), limits);
        } catch (FileRejection e) {
            return rejected(file, null, null, List.of(e.problem()));
        }
        if (type == null) {
            String what = "不是电子表格，而是" + FileSniffer.describe(file.path());
            if (namedLikeSpreadsheet(file.fileName())) {
                return rejected(file, null, null, List.of(Problem.ofFile("文件名看似电子表格，但内容" + what + "。",
                        "请提交下发的填报表（.xlsx、.xls 或 .ods）。")));
            }
            return new CheckedFile(file, null, Verdict.SKIPPED, null, "", List.of(),
                    List.of(Problem.ofFile("该文件" + what + "，已跳过。", "填报表请以 .xlsx、.xls 或 .ods 格式提交。")));
        }
        try (ReturnedWorkbook book = open(file.path(), type)) {
            return check(file, book);
        } catch (FileRejection e) {
            return rejected(file, type, null, e.problems());
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            return rejected(file, type, null, List.of(Problem.ofFile("文件内容异常，读取失败（"
                    + e.getClass().getSimpleName() + "）。", FileSniffer.TODO_RESAVE)));
        }
    }

    private ReturnedWorkbook open(Path path, SpreadsheetType type) throws FileRejection {
        if (type == SpreadsheetType.ODS) {
            return OdsWorkbook.open(path, limits);
        }
        if (type == SpreadsheetType.XLSX) {
            ReturnedWorkbook streamed = XlsxStreamWorkbook.open(path, limits);
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
            return rejected(file, type, claimed == null ? null : claimed.identity(), unreadable);
        }
        if (claimed == null) {
            return rejected(file, type, null, List.of(Problem.ofFile(
                    "文件中没有填报表的身份信息（隐藏的“" + ClaimedIdentity.SHEET + "”工作表和文档属性都不存在）："
                            + "它不是本系统下发的工作簿，或身份信息被删除了。",
                    "请使用下发给本单位的原始工作簿填写后提交；不要把内容复制到新建的表格中。")));
        }
        FormIdentity identity = claimed.identity();
        if (identity == null) {
            return rejected(file, type, null, List.of(new Problem(ClaimedIdentity.SHEET, null,
                    String.valueOf(claimed.entries()), "身份信息（" + claimed.source() + "）不完整或被改动，无法识别单位和表格。",
                    "请使用下发给本单位的原始工作簿重新填写。")));
        }
        var settings = plan.settings();
        if (!identity.planCode().equals(settings.planCode()) || identity.year() != settings.year()) {
            return rejected(file, type, identity, List.of(Problem.ofFile("该文件属于另一个考核方案（方案代码 "
                    + identity.planCode() + "，" + identity.year() + " 年度），不是本方案（" + settings.planCode() + "，"
                    + settings.year() + " 年度）下发的填报表。", "请确认文件是否发错了年度；本年度请使用本方案下发的工作簿填写。")));
        }
        Assessor body = null;
        AssessedUnit unit = null;
        if (identity.form().heldByBody()) {
            body = plan.assessors().body(identity.unitCode()).orElse(null);
            if (body == null) {
                return rejected(file, type, identity, List.of(Problem.ofFile(Messages.text("intake.body.unknown",
                        "code", identity.unitCode()), Messages.text("intake.body.unknown.todo"))));
            }
        } else {
            unit = plan.unit(identity.unitCode()).orElse(null);
            if (unit == null) {
                return rejected(file, type, identity, List.of(Problem.ofFile("身份信息中的单位代码“" + identity.unitCode()
                        + "”不在本方案的被考核单位名单中。", "请核对考核方案 units.csv；若单位确已撤并，请联系考核办。")));
            }
        }
        if (!identity.templateVersion().equals(settings.forms().templateVersion())) {
            return rejected(file, type, identity, List.of(Problem.ofFile("该工作簿的版式版本为 "
                    + identity.templateVersion() + "，而本方案当前版式版本为 " + settings.forms().templateVersion()
                    + "（下发后表格版式有过调整）。", "请使用考核办最新下发的工作簿重新填写。")));
        }
        FormLayout layout = body != null ? contract.layout(body) : contract.layout(unit, identity.form());
        Subjects subjects = new Subjects(plan, body != null ? BodyMatrix.of(layout) : null);
        List<Problem> problems = new ArrayList<>();
        for (String sheet : layout.sheets()) {
            if (!book.sheetNames().contains(sheet)) {
                problems.add(new Problem(sheet, null, null, "缺少工作表“" + sheet + "”（被删除或改名）。",
                        "请使用下发的原始工作簿，不要删除或重命名工作表。"));
            }
        }
        if (!problems.isEmpty()) {
            return rejected(file, type, identity, problems);
        }
        problems.addAll(linkProblems(book));
        List<FormContract.LabelRead> read = new ArrayList<>();
        List<CellSpec> changed = new ArrayList<>();
        Map<CellSpec, String> found = new LinkedHashMap<>();
        layout.labels().forEach(spec -> {
            CellContent c = book.cell(spec.sheet(), spec.row(), spec.column());
            read.add(new FormContract.LabelRead(spec.sheet(), spec.ref(), c.labelValue()));
            String now = contract.normalize(c.labelValue());
            // a formula whose cached result equals the text is still an edit: its next evaluation may differ
            if (c.isFormula() || !now.equals(contract.normalize(spec.text()))) {
                changed.add(spec);
                found.put(spec, c.isFormula() ? c.shown() : now);
            }
        });
        String signature = claimed.get(ClaimedIdentity.SIGNATURE);
        boolean signed = !signature.isEmpty() && contract.verify(identity, read, signature);
        if (!changed.isEmpty()) {
            AssessedUnit owner = unit == null ? null : ownerOfLabels(identity.form(), book, unit);
            Assessor ownerBody = body == null ? null : ownerOfLabels(book, body);
            if (owner != null) {
                problems.add(Problem.ofFile("身份信息写的是“" + unit.name() + "”（" + unit.code() + "），但表格内容是下发给“"
                        + owner.name() + "”（" + owner.code() + "）的：身份信息被从另一单位的工作簿复制或改动过。",
                        "请使用下发给本单位的原始工作簿重新填写。"));
            } else if (ownerBody != null) {
                problems.add(Problem.ofFile(Messages.text("intake.body.copiedIdentity", "claimed", body.name(),
                        "claimedCode", body.code(), "owner", ownerBody.name(), "ownerCode", ownerBody.code()),
                        Messages.text("intake.body.useOwn")));
            } else {
                problems.addAll(labelProblems(book, layout, changed, found, body));
            }
        } else if (signature.isEmpty()) {
            problems.add(new Problem(ClaimedIdentity.SHEET, null, null, "工作簿缺少签名，无法证明是本系统下发的填报表。",
                    "请使用下发给本单位的原始工作簿重新填写。"));
        } else if (!signed) {
            problems.add(body != null ? signatureProblem(identity, body, signature)
                    : signatureProblem(identity, unit, signature));
        }
        if (!problems.isEmpty()) {
            return rejected(file, type, identity, subjects.name(problems));
        }
        return readInputs(file, book, identity, layout, subjects);
    }

    /** Hyperlinks and formulas pointing outside the workbook: listed, never followed, and the file refused. */
    private static List<Problem> linkProblems(ReturnedWorkbook book) {
        List<Problem> out = new ArrayList<>();
        for (ReturnedWorkbook.OutsideLink link : book.outsideLinks()) {
            if (out.size() >= MAX_LISTED_LABELS) {
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

    /** Another unit whose workbook these locked cells exactly are (identity copied from elsewhere). */
    private AssessedUnit ownerOfLabels(FormKind form, ReturnedWorkbook book, AssessedUnit claimed) {
        for (AssessedUnit other : plan.units()) {
            if (other.equals(claimed)) {
                continue;
            }
            FormLayout l = contract.layout(other, form);
            boolean all = l.labels().allMatch(spec -> contract.normalize(
                    book.cell(spec.sheet(), spec.row(), spec.column()).labelValue()).equals(contract.normalize(spec.text())));
            if (all) {
                return other;
            }
        }
        return null;
    }

    /** Another body whose workbook these locked cells exactly are (identity copied from elsewhere). */
    private Assessor ownerOfLabels(ReturnedWorkbook book, Assessor claimed) {
        for (Assessor other : plan.assessors().bodies()) {
            if (other.equals(claimed)) {
                continue;
            }
            FormLayout l = contract.layout(other);
            boolean all = l.labels().allMatch(spec -> contract.normalize(
                    book.cell(spec.sheet(), spec.row(), spec.column()).labelValue()).equals(contract.normalize(spec.text())));
            if (all) {
                return other;
            }
        }
        return null;
    }

    /** A body's identity whose signature is another body's workbook's: renamed to pass as that body's. */
    private Problem signatureProblem(FormIdentity identity, Assessor body, String signature) {
        for (Assessor other : plan.assessors().bodies()) {
            if (other.equals(body)) {
                continue;
            }
            FormIdentity theirs = new FormIdentity(identity.planCode(), identity.year(), other.code(), identity.form(),
                    identity.templateVersion());
            List<FormContract.LabelRead> expected = contract.layout(other).labels()
                    .map(s -> new FormContract.LabelRead(s.sheet(), s.ref(), s.text())).toList();
            if (contract.verify(theirs, expected, signature)) {
                return new Problem(ClaimedIdentity.SHEET, null, null, Messages.text("intake.body.signatureOfOther",
                        "claimed", body.name(), "claimedCode", body.code(), "owner", other.name(),
                        "ownerCode", other.code()), Messages.text("intake.body.useOwn"));
            }
        }
        return new Problem(ClaimedIdentity.SHEET, null, null, Messages.text("intake.body.signatureInvalid"),
                Messages.text("intake.body.useOwn"));
    }

    private Problem signatureProblem(FormIdentity identity, AssessedUnit unit, String signature) {
        for (AssessedUnit other : plan.units()) {
            if (other.equals(unit)) {
                continue;
            }
            FormIdentity theirs = new FormIdentity(identity.planCode(), identity.year(), other.code(), identity.form(),
                    identity.templateVersion());
            FormLayout l = contract.layout(other, identity.form());
            List<FormContract.LabelRead> expected = l.labels()
                    .map(s -> new FormContract.LabelRead(s.sheet(), s.ref(), s.text())).toList();
            if (contract.verify(theirs, expected, signature)) {
                return new Problem(ClaimedIdentity.SHEET, null, null, "身份信息中的单位被改为“" + unit.name() + "”（"
                        + unit.code() + "），但签名属于下发给“" + other.name() + "”（" + other.code()
                        + "）的工作簿：文件被改名冒用或身份信息被改动。", "请使用下发给本单位的原始工作簿重新填写。");
            }
        }
        return new Problem(ClaimedIdentity.SHEET, null, null, "签名核验不通过：身份信息被改动，或该工作簿由另一台电脑/另一工作目录"
                + "（另一密钥）生成，不是本考核办下发的。", "请使用本考核办下发给本单位的原始工作簿重新填写；如确由本办下发，请确认工作目录的密钥未被更换。");
    }

    /** @param body the holder when the workbook is a body's, else null */
    private List<Problem> labelProblems(ReturnedWorkbook book, FormLayout layout, List<CellSpec> changed,
                                        Map<CellSpec, String> found, Assessor body) {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> shifts = rowShifts(book, layout, changed);
        shifts.forEach((sheet, shift) -> out.add(new Problem(sheet, null, null, "锁定的表格内容整体错位了 "
                + Math.abs(shift) + " 行：工作表中" + (shift > 0 ? "插入" : "删除") + "了行。",
                "请使用下发的原始工作簿重新填写，不要插入或删除行；需要更多行时请联系考核办。")));
        int n = 0;
        for (CellSpec spec : changed) {
            if (++n > MAX_LISTED_LABELS) {
                out.add(Problem.ofFile("另有 " + (changed.size() - MAX_LISTED_LABELS) + " 个锁定单元格与下发时不同（共 "
                        + changed.size() + " 个）。", "请使用下发的原始工作簿重新填写。"));
                break;
            }
            boolean formula = book.cell(spec.sheet(), spec.row(), spec.column()).isFormula();
            if (spec.format() == CellFormat.NOT_SCORED && !formula) {
                // a grey cell: nothing is to be filled there, a value is not an edit of a label but a score out of place
                out.add(new Problem(spec.sheet(), spec.ref(), found.get(spec), body != null
                        ? Messages.text("intake.body.notAssigned", "assessor", body.name())
                        : Messages.text("intake.sheet.byBodies"), Messages.text(body != null
                        ? "intake.body.notAssigned.todo" : "intake.sheet.byBodies.todo")));
                continue;
            }
            out.add(new Problem(spec.sheet(), spec.ref(), found.get(spec), (formula ? "锁定单元格被改成了公式"
                    + "（程序不会计算它）" : "锁定单元格的内容被改动") + "，下发时应为“"
                    + Problem.abbreviate(contract.normalize(spec.text())) + "”",
                    "请勿修改表中的指标、分值等固定内容；请使用下发的原始工作簿重新填写。"));
        }
        return out;
    }

    /** Per sheet, a row offset at which most changed labels are found again (rows inserted or deleted). */
    private Map<String, Integer> rowShifts(ReturnedWorkbook book, FormLayout layout, List<CellSpec> changed) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String sheet : layout.sheets()) {
            List<CellSpec> here = changed.stream().filter(s -> s.sheet().equals(sheet))
                    .filter(s -> !contract.normalize(s.text()).isEmpty()).toList();
            if (here.size() < 2) {
                continue;
            }
            for (int k = 1; k <= 20 && !out.containsKey(sheet); k++) {
                for (int shift : new int[] {k, -k}) {
                    long hits = here.stream().filter(s -> s.row() + shift >= 0).filter(s -> contract.normalize(
                            book.cell(sheet, s.row() + shift, s.column()).labelValue())
                            .equals(contract.normalize(s.text()))).count();
                    if (hits * 2 > here.size()) {
                        out.put(sheet, shift);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private CheckedFile readInputs(ReceivedFile file, ReturnedWorkbook book, FormIdentity identity,
                                   FormLayout layout, Subjects subjects) {
        InputValidator validator = new InputValidator(book.date1904(), limits.maxCellChars(), identity.year());
        List<Problem> problems = new ArrayList<>();
        List<FieldValue> values = new ArrayList<>();
        Map<String, List<CellSpec>> records = new LinkedHashMap<>();
        Map<FieldKey, String> byField = new LinkedHashMap<>();
        int[] requiredMissing = {0};
        List<CellSpec> cells = layout.cells();
        for (int position = 0; position < cells.size(); position++) {
            CellSpec spec = cells.get(position);
            if (spec.role() != org.shuangbai.forms.CellRole.INPUT) {
                continue;
            }
            if (spec.record() != null) {
                records.computeIfAbsent(spec.record(), k -> new ArrayList<>()).add(spec);
            }
            CellContent c = book.cell(spec.sheet(), spec.row(), spec.column());
            InputValidator.Outcome o = validator.check(spec, c);
            if (o.problem() != null) {
                problems.add(o.problem());
            } else if (o.value() != null && !o.value().isEmpty()) {
                values.add(new FieldValue(position, spec.key(), o.value(), spec.rule().kind(), spec.sheet(),
                        spec.ref()));
                byField.put(spec.key(), o.value());
            } else if (spec.record() == null && spec.rule().required()) {
                requiredMissing[0]++;
                if (!identity.form().heldByBody() || requiredMissing[0] <= MAX_LISTED_BLANKS) {
                    problems.add(new Problem(spec.sheet(), spec.ref(), null, InputValidator.name(spec.rule())
                            + "是必填项，但未填写", "请填写" + InputValidator.expected(spec.rule()) + "。"));
                }
            }
        }
        records.forEach((record, specs) -> {
            boolean any = specs.stream().anyMatch(s -> byField.containsKey(s.key()) || problems.stream()
                    .anyMatch(p -> s.sheet().equals(p.sheet()) && s.ref().equals(p.cell())));
            if (!any) {
                return;
            }
            for (CellSpec s : specs) {
                boolean empty = book.cell(s.sheet(), s.row(), s.column()).isEmpty();
                if (s.rule().required() && empty) {
                    problems.add(new Problem(s.sheet(), s.ref(), null, "第 " + (s.row() + 1) + " 行（" + record
                            + "）已填写了部分内容，但" + InputValidator.name(s.rule()) + "未填写",
                            "请补全该行必填内容；若该行不需要，请清空整行。"));
                }
            }
        });
        String assessor = identity.form() == FormKind.SCORE ? assessorKey(byField) : "";
        int listedBlanks = identity.form().heldByBody() ? Math.min(requiredMissing[0], MAX_LISTED_BLANKS)
                : requiredMissing[0];
        if (values.isEmpty() && problems.size() == listedBlanks) {
            // one line instead of one per required cell: a blank form sent back by mistake
            return rejected(file, book.type(), identity, List.of(Problem.ofFile("工作簿的填写栏全部为空，"
                    + "交回的可能是未填写的空白表或另一个副本。", "请确认后交回填写完成的工作簿。")));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing((Problem p) -> layout.sheets().indexOf(p.sheet()))
                    .thenComparing(p -> rowOf(p.cell())).thenComparing(p -> Objects.toString(p.cell(), "")));
            List<Problem> named = new ArrayList<>(subjects.name(problems));
            if (requiredMissing[0] > listedBlanks) {
                // a body's workbook of thousands of cells: the first blanks show where, the count how many
                named.add(Problem.ofFile(Messages.text("intake.body.moreBlanks", "count", requiredMissing[0] - listedBlanks,
                        "total", requiredMissing[0]), Messages.text("intake.body.moreBlanks.todo")));
            }
            return rejected(file, book.type(), identity, named);
        }
        return new CheckedFile(file, book.type(), Verdict.ACCEPTED, identity, assessor, values, List.of());
    }

    /**
     * The unit row and indicator column of a problem's cell in words, for a body's workbook: 单位 S07 朝外街道办事处，
     * 指标 EFF-02 工作制度完善. Nothing to add for a unit's forms (no matrix).
     */
    private static final class Subjects {
        private final Plan plan;
        private final BodyMatrix matrix;

        Subjects(Plan plan, BodyMatrix matrix) {
            this.plan = plan;
            this.matrix = matrix;
        }

        List<Problem> name(List<Problem> problems) {
            if (matrix == null) {
                return problems;
            }
            return problems.stream().map(p -> {
                String words = words(p);
                return words == null ? p : p.withSubject(words);
            }).toList();
        }

        private String words(Problem p) {
            if (p.sheet() == null || p.cell() == null) {
                return null;
            }
            String unit = matrix.unit(p.sheet(), p.cell()).map(code -> Messages.text("intake.subject.unit", "code", code,
                    "name", plan.unit(code).map(AssessedUnit::name).orElse(""))).orElse(null);
            String target = matrix.target(p.sheet(), p.cell()).map(this::target).orElse(null);
            if (unit != null && target != null) {
                return Messages.text("intake.subject.both", "unit", unit, "target", target);
            }
            return unit != null ? unit : target;
        }

        private String target(String code) {
            var veto = plan.veto(code);
            if (veto.isPresent()) {
                return Messages.text("intake.subject.veto", "code", code, "number", veto.get().number());
            }
            return Messages.text("intake.subject.indicator", "code", code,
                    "name", plan.indicator(code).map(org.shuangbai.plan.Indicator::name).orElse(""));
        }
    }

    private static int rowOf(String ref) {
        if (ref == null) {
            return -1;
        }
        String digits = ref.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    /** 评分单位/评分人 as filled: one unit may be scored by several assessors, each a current submission. */
    public static String assessorKey(Map<FieldKey, String> byField) {
        return byField.getOrDefault(FormField.ASSESSOR_UNIT, "").strip() + "/"
                + byField.getOrDefault(FormField.ASSESSOR_NAME, "").strip();
    }

    private static CheckedFile rejected(ReceivedFile file, SpreadsheetType type, FormIdentity identity,
                                        List<Problem> problems) {
        return new CheckedFile(file, type, Verdict.REJECTED, identity, "", List.of(), problems);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
