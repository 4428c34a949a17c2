package org.shuangbai.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one cell of a distributed form means: the self score of indicator EFF-01, the answer to veto
 * V2, the deadline of issue row 12, the assessor's name. Forms place these keys in cells, intake reads
 * values by them, the ledger stores their {@link #text() text form} (e.g. {@code EFF-01.score},
 * {@code V2.answer}, {@code L12.deadline}, {@code assessor.name}), and scoring, documents and the
 * sample filler ask for them by type. This interface is the only place the text form is built
 * ({@link #text()}) and read back ({@link #parse}).
 *
 * <p>The text forms are unambiguous without the plan: the part after the last dot tells the kind
 * (score/self/note, answer/explain, a record column), so the ledger can parse what it stored. A cell of an
 * assessing body's workbook (units × indicators) names its unit before a slash: {@code S07/EFF-02.score},
 * {@code S07/EFF-02.note}, {@code S07/V1.answer}; codes never contain a slash.
 */
public sealed interface FieldKey {

    /** The stable text the ledger stores and exports show. */
    String text();

    /** The key written as {@code text}, or empty when no kind of key has that form. */
    static Optional<FieldKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return matrixCell(text.substring(0, slash), text.substring(slash + 1));
        }
        for (FormField f : FormField.values()) {
            if (f.text.equals(text)) {
                return Optional.of(f);
            }
        }
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return Optional.empty();
        }
        String owner = text.substring(0, dot);
        String part = text.substring(dot + 1);
        for (IndicatorPart p : IndicatorPart.values()) {
            if (p.suffix.equals(part)) {
                return Optional.of(new IndicatorField(owner, p));
            }
        }
        for (VetoPart p : VetoPart.values()) {
            if (p.suffix.equals(part)) {
                return Optional.of(new VetoField(owner, p));
            }
        }
        return RecordField.parse(owner, part).map(r -> r);
    }

    private static Optional<FieldKey> matrixCell(String unitCode, String rest) {
        if (unitCode.isEmpty() || unitCode.indexOf('.') >= 0 || rest.indexOf('/') >= 0) {
            return Optional.empty();
        }
        Optional<FieldKey> own = parse(rest);
        if (own.isPresent() && own.get() instanceof IndicatorField f && f.part() != IndicatorPart.SELF) {
            return Optional.of(new UnitIndicatorField(unitCode, f.indicatorCode(), f.part()));
        }
        if (own.isPresent() && own.get() instanceof VetoField f) {
            return Optional.of(new UnitVetoField(unitCode, f.vetoCode(), f.part()));
        }
        return Optional.empty();
    }

    /** The stored text of a key, parsed; an unknown text is a bug of whoever stored it. */
    static FieldKey of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a field key: " + text));
    }

    /** The parts of an indicator's row on a score sheet. */
    enum IndicatorPart {
        /** 自评分, the unit's own score. */
        SELF("self"),
        /** 考核得分, the assessed score. */
        SCORE("score"),
        /** 扣分说明, why points were deducted. */
        NOTE("note");

        private final String suffix;

        IndicatorPart(String suffix) {
            this.suffix = suffix;
        }
    }

    /** One part of an indicator's row (or of a category's or system's subtotal row). */
    record IndicatorField(String indicatorCode, IndicatorPart part) implements FieldKey {
        @Override
        public String text() {
            return indicatorCode + "." + part.suffix;
        }
    }

    static IndicatorField self(String indicatorCode) {
        return new IndicatorField(indicatorCode, IndicatorPart.SELF);
    }

    static IndicatorField score(String indicatorCode) {
        return new IndicatorField(indicatorCode, IndicatorPart.SCORE);
    }

    static IndicatorField note(String indicatorCode) {
        return new IndicatorField(indicatorCode, IndicatorPart.NOTE);
    }

    /** The parts of a veto situation's row. */
    enum VetoPart {
        /** 是/否: whether the situation occurred. */
        ANSWER("answer"),
        /** 说明: what happened. */
        EXPLAIN("explain");

        private final String suffix;

        VetoPart(String suffix) {
            this.suffix = suffix;
        }
    }

    record VetoField(String vetoCode, VetoPart part) implements FieldKey {
        @Override
        public String text() {
            return vetoCode + "." + part.suffix;
        }
    }

    static VetoField answer(String vetoCode) {
        return new VetoField(vetoCode, VetoPart.ANSWER);
    }

    static VetoField explain(String vetoCode) {
        return new VetoField(vetoCode, VetoPart.EXPLAIN);
    }

    /**
     * One cell of a body's workbook: the score (or deduction note) of one unit on one indicator. A body never
     * gives a self score.
     */
    record UnitIndicatorField(String unitCode, String indicatorCode, IndicatorPart part) implements FieldKey {
        public UnitIndicatorField {
            if (part == IndicatorPart.SELF) {
                throw new IllegalArgumentException("an assessing body gives no self score");
            }
        }

        /** The same field as a unit's own score sheet names it. */
        public IndicatorField perUnit() {
            return new IndicatorField(indicatorCode, part);
        }

        @Override
        public String text() {
            return unitCode + "/" + indicatorCode + "." + part.suffix; // perUnit().text() after the unit, in one go
        }
    }

    /** One cell of a body's workbook about a 一票否决 situation of one unit (是/否, or what happened). */
    record UnitVetoField(String unitCode, String vetoCode, VetoPart part) implements FieldKey {
        public VetoField perUnit() {
            return new VetoField(vetoCode, part);
        }

        @Override
        public String text() {
            return unitCode + "/" + vetoCode + "." + part.suffix; // perUnit().text() after the unit, in one go
        }
    }

    /**
     * The repeated record rows of a form: projects on the registration form (P01, P02, …) and issues on
     * the issue ledger form (L01, …), each with its own columns.
     */
    enum RecordKind {
        /**
         * 效能监察立项表: one registered project per row. Its {@code task} column (对应任务编号, the district
         * task it registers) is on the form only when the plan has a task list.
         */
        PROJECT("P", List.of("name", "source", "task", "goal", "measures", "schedule", "start", "end", "leader",
                "department")),
        /** 挂帐问题项目表: one issue per row. */
        ISSUE("L", List.of("problem", "category", "opinion", "deadline", "department", "status"));

        private final String prefix;
        private final List<String> columns;

        RecordKind(String prefix, List<String> columns) {
            this.prefix = prefix;
            this.columns = columns;
        }

        /** The columns of a row, in form order. */
        public List<String> columns() {
            return columns;
        }

        /** The record id of row {@code number} (1-based), e.g. P03: also shown in intake messages. */
        public String recordId(int number) {
            // at least two digits; not String.format, which parses its pattern on every one of a return's
            // record cells (ingest asks for each cell's row id: 4 % of the demo's allocation)
            return number >= 0 && number < 10 ? prefix + "0" + number : prefix + number;
        }
    }

    /** One column of one record row, e.g. L12.deadline. */
    record RecordField(RecordKind kind, int number, String column) implements FieldKey {
        public RecordField {
            if (!kind.columns.contains(column)) {
                throw new IllegalArgumentException(kind + " has no column " + column);
            }
            if (number < 1) {
                throw new IllegalArgumentException("record numbers start at 1: " + number);
            }
        }

        /** The row's id, e.g. P03 (shared by every column of the row). */
        public String recordId() {
            return kind.recordId(number);
        }

        @Override
        public String text() {
            return recordId() + "." + column;
        }

        static Optional<RecordField> parse(String owner, String column) {
            for (RecordKind k : RecordKind.values()) {
                if (owner.length() > k.prefix.length() && owner.startsWith(k.prefix) && k.columns.contains(column)) {
                    String digits = owner.substring(k.prefix.length());
                    if (digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.length() <= 6) {
                        int n = Integer.parseInt(digits);
                        if (n >= 1 && k.recordId(n).equals(owner)) {
                            return Optional.of(new RecordField(k, n, column));
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Fields that stand alone on a form: who filled it, how to reach them, when. */
    enum FormField implements FieldKey {
        /** 评分单位 on a score sheet. */
        ASSESSOR_UNIT("assessor.unit"),
        /** 评分人. */
        ASSESSOR_NAME("assessor.name"),
        /** 评分日期. */
        ASSESSOR_DATE("assessor.date"),
        /** 主要领导签字 on the issue ledger form. */
        UNIT_LEADER("unit.leader"),
        /** 填报人. */
        UNIT_CONTACT("unit.contact"),
        /** 联系电话. */
        UNIT_PHONE("unit.phone"),
        /** 填报日期. */
        UNIT_DATE("unit.date");

        private final String text;

        FormField(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        static Optional<FormField> of(String text) {
            return Arrays.stream(values()).filter(f -> f.text.equals(text)).findFirst();
        }
    }
}
