package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shuangbai.forms.CellRole;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FormKind;
import org.shuangbai.text.Messages;

/**
 * The input cells of a file whose identity and locked cells passed: each validated by its rule
 * ({@link InputValidator}), required cells filled, and a record row (a project, an issue) either left
 * empty or filled in every required column. A form with nothing filled at all is refused in one line.
 */
final class InputReading {
    /** Blank required cells of a body's workbook listed one by one; the rest are counted in one line. */
    private static final int MAX_LISTED_BLANKS = 30;

    private final ReturnedWorkbook book;
    private final FormLayout layout;
    private final InputValidator validator;
    private final List<Problem> problems = new ArrayList<>();
    private final List<FieldValue> values = new ArrayList<>();
    /**
     * The values asked for again by key: the form's own fields (who filled it) and the record rows' cells.
     * Not the matrix cells of a body's workbook: mapping 400,000 of them showed in profiles for nothing.
     */
    private final Map<FieldKey, String> byField = new LinkedHashMap<>();
    private final Map<String, List<CellSpec>> records = new LinkedHashMap<>();
    private final boolean bodys;
    private int requiredMissing;

    private InputReading(ReturnedWorkbook book, FormIdentity identity, FormLayout layout, IntakeLimits limits) {
        this.book = book;
        this.layout = layout;
        this.validator = new InputValidator(book.date1904(), limits.maxCellChars(), identity.year());
        this.bodys = identity.form().heldByBody();
    }

    /** How many blank required cells are listed one by one. */
    private int listedBlanks() {
        return bodys ? Math.min(requiredMissing, MAX_LISTED_BLANKS) : requiredMissing;
    }

    /** The file accepted with its values, or refused with every input problem in sheet and row order. */
    static CheckedFile read(ReceivedFile file, ReturnedWorkbook book, FormIdentity identity, FormLayout layout,
                            IntakeLimits limits) {
        InputReading reading = new InputReading(book, identity, layout, limits);
        reading.readCells();
        reading.checkRecordRows();
        if (reading.values.isEmpty() && reading.problems.size() == reading.listedBlanks()) {
            // one line instead of one per required cell: a blank form sent back by mistake
            return CheckedFile.rejected(file, book.type(), identity, List.of(Problem.ofFile(
                    Messages.text("intake.input.allBlank"), Messages.text("intake.input.allBlank.todo"))));
        }
        if (!reading.problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(reading.sortedProblems());
            if (reading.requiredMissing > reading.listedBlanks()) {
                // a body's workbook of thousands of cells: the first blanks show where, the count how many
                sorted.add(Problem.ofFile(Messages.text("intake.body.moreBlanks", "count",
                        reading.requiredMissing - reading.listedBlanks(), "total", reading.requiredMissing),
                        Messages.text("intake.body.moreBlanks.todo")));
            }
            return CheckedFile.rejected(file, book.type(), identity, sorted);
        }
        // a score sheet the plan's bodies score in full is the unit's self-assessment: no assessor to tell apart
        String assessor = identity.form() == FormKind.SCORE && layout.field(FormField.ASSESSOR_UNIT).isPresent()
                ? assessorKey(reading.byField) : "";
        return CheckedFile.accepted(file, book.type(), identity, assessor, reading.values);
    }

    /** 评分单位/评分人 as filled: one unit may be scored by several assessors, each a current submission. */
    static String assessorKey(Map<FieldKey, String> byField) {
        return byField.getOrDefault(FormField.ASSESSOR_UNIT, "").strip() + "/"
                + byField.getOrDefault(FormField.ASSESSOR_NAME, "").strip();
    }

    private void readCells() {
        List<CellSpec> cells = layout.cells();
        for (int position = 0; position < cells.size(); position++) {
            CellSpec spec = cells.get(position);
            if (spec.role() != CellRole.INPUT) {
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
                if (spec.record() != null || spec.key() instanceof FormField) {
                    byField.put(spec.key(), o.value());
                }
            } else if (spec.record() == null && spec.rule().required()) {
                requiredMissing++;
                if (bodys && requiredMissing > MAX_LISTED_BLANKS) {
                    continue;
                }
                problems.add(Problem.ofCell(spec.sheet(), spec.ref(), Messages.text("intake.input.required",
                        "name", InputValidator.name(spec.rule())), InputValidator.fillIn(spec.rule())));
            }
        }
    }

    /** A record row with anything in it (a value or a refused cell) must have all its required cells. */
    private void checkRecordRows() {
        records.forEach((record, specs) -> {
            boolean any = specs.stream().anyMatch(s -> byField.containsKey(s.key()) || problems.stream()
                    .anyMatch(p -> s.sheet().equals(p.sheet()) && s.ref().equals(p.cell())));
            if (!any) {
                return;
            }
            for (CellSpec s : specs) {
                boolean empty = book.cell(s.sheet(), s.row(), s.column()).isEmpty();
                if (s.rule().required() && empty) {
                    problems.add(Problem.ofCell(s.sheet(), s.ref(), Messages.text("intake.record.incomplete",
                            "row", s.row() + 1, "record", record, "name", InputValidator.name(s.rule())),
                            Messages.text("intake.record.incomplete.todo")));
                }
            }
        });
    }

    private List<Problem> sortedProblems() {
        problems.sort(Comparator.comparing((Problem p) -> layout.sheets().indexOf(p.sheet()))
                .thenComparing(p -> rowOf(p.cell())).thenComparing(p -> Objects.toString(p.cell(), "")));
        return problems;
    }

    private static int rowOf(String ref) {
        if (ref == null) {
            return -1;
        }
        String digits = ref.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }
}
