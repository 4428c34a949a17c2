package org.shuangbai.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shuangbai.app.BoardResult;
import org.shuangbai.app.FormDeadlines;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.LabeledOption;
import org.shuangbai.plan.UnitGroup;

/**
 * The board as a page shows it: one row per unit with a cell per form (已交 / 被退回 / 未交 / 逾期), counts
 * per form over the filtered group, and one page of rows; after them every assessing body with its
 * workbook's cell (a body is in a group when it scores a unit of it), counted the same way. Paged so that a plan of 10,000 units renders as
 * fast as one of 91: the page never holds more than {@link #MAX_SIZE} rows.
 */
public final class BoardPage {
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    /** What the office filtered by (the page's query parameters). */
    public record Filter(String group, String show, String q, int page, int size) {
        static Filter of(String group, String show, String q, String page, String size) {
            return new Filter(group == null ? "" : group, show == null || show.isEmpty() ? "all" : show,
                    q == null ? "" : q.strip(), parse(page, 1, 1, Integer.MAX_VALUE),
                    parse(size, DEFAULT_SIZE, 1, MAX_SIZE));
        }

        private static int parse(String v, int dflt, int min, int max) {
            try {
                return v == null ? dflt : Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
    }

    /**
     * One form of one unit; {@code state} is accepted, rejected, missing or overdue (a CSS class too);
     * {@code refused}: nothing accepted and the latest file refused (shown beside 逾期).
     */
    public record Cell(String form, String formTitle, String state, boolean correctionRejected, boolean refused,
                       String detail) {
    }

    public record Row(String code, String name, String group, List<Cell> cells) {
    }

    /** An assessing body's row: its workbook's cell and how many (unit, indicator) pairs it still owes. */
    public record BodyRow(String code, String name, String kind, Cell cell, int owed) {
    }

    public record Count(String formTitle, int accepted, int rejected, int missing, int overdue) {
        /** The holders counted. */
        public int total() {
            return accepted + rejected + missing + overdue;
        }
    }

    private final Filter filter;
    private final List<Row> rows;
    private final List<Count> counts;
    private final int matching;
    private final int units;
    private final List<BodyRow> bodies;
    private final Count bodyCount;

    private BoardPage(Filter filter, List<Row> rows, List<Count> counts, int matching, int units,
                      List<BodyRow> bodies, Count bodyCount) {
        this.filter = filter;
        this.rows = rows;
        this.counts = counts;
        this.matching = matching;
        this.units = units;
        this.bodies = bodies;
        this.bodyCount = bodyCount;
    }

    public static BoardPage of(BoardResult board, Filter filter, LocalDate today) {
        UnitGroup group = LabeledOption.parse(UnitGroup.class, filter.group()).orElse(null);
        Map<AssessedUnit, List<FormStatus>> byUnit = new LinkedHashMap<>();
        for (FormStatus s : board.statuses()) {
            if (group == null || s.unit().group() == group) {
                byUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>(FormKind.values().length)).add(s);
            }
        }
        int[][] tally = new int[FormKind.values().length][4];
        List<Row> matched = new ArrayList<>();
        String q = filter.q().toLowerCase(Locale.ROOT);
        for (Map.Entry<AssessedUnit, List<FormStatus>> e : byUnit.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (FormStatus s : e.getValue()) {
                Cell cell = cell(board.deadlines(), s.form(), s.state(), s.rejectedAfterAccepted(), s.current(),
                        s.lastRejected(), today);
                tally[s.form().ordinal()][index(cell.state())]++;
                cells.add(cell);
            }
            AssessedUnit u = e.getKey();
            if (shown(filter.show(), cells) && matches(q, u.code(), u.name())) {
                matched.add(new Row(u.code(), u.name(), u.group().label(), cells));
            }
        }
        List<Count> counts = new ArrayList<>();
        for (FormKind f : FormKind.unitForms()) {
            int[] t = tally[f.ordinal()];
            counts.add(new Count(f.title(), t[0], t[1], t[2], t[3]));
        }
        int pages = Math.max(1, (matched.size() + filter.size() - 1) / filter.size());
        int pageNumber = Math.min(filter.page(), pages);
        int from = (pageNumber - 1) * filter.size();
        Filter actual = new Filter(filter.group(), filter.show(), filter.q(), pageNumber, filter.size());
        List<Row> page = List.copyOf(matched.subList(from, Math.min(matched.size(), from + filter.size())));
        int[] bodyTally = new int[4];
        List<BodyRow> bodies = new ArrayList<>();
        for (BodyStatus s : board.bodies()) {
            String code = s.body().code();
            if (group != null && board.plan().assessors().unitsOf(code, board.plan().units()).stream()
                    .noneMatch(u -> u.group() == group)) {
                continue; // scores no unit of the group
            }
            Cell cell = cell(board.deadlines(), FormKind.ASSESSOR, s.state(), s.rejectedAfterAccepted(), s.current(),
                    s.lastRejected(), today);
            bodyTally[index(cell.state())]++;
            boolean shown = filter.show().equals("owing") ? s.needsReminder() : shown(filter.show(), List.of(cell));
            if (shown && matches(q, code, s.body().name())) {
                bodies.add(new BodyRow(code, s.body().name(), s.body().kind().label(), cell, s.owed().size()));
            }
        }
        Count bodyCount = board.bodies().isEmpty() ? null : new Count(FormKind.ASSESSOR.title(), bodyTally[0],
                bodyTally[1], bodyTally[2], bodyTally[3]);
        return new BoardPage(actual, page, counts, matched.size(), byUnit.size(), List.copyOf(bodies), bodyCount);
    }

    private static boolean matches(String q, String code, String name) {
        return q.isEmpty() || code.toLowerCase(Locale.ROOT).contains(q) || name.toLowerCase(Locale.ROOT).contains(q);
    }

    /** One holder's standing with one form as a cell of the board. */
    private static Cell cell(FormDeadlines deadlines, FormKind form, FormStatus.State standing,
                             boolean correctionRejected, List<FileRecord> current, FileRecord lastRejected,
                             LocalDate today) {
        return new Cell(form.option(), form.title(), state(deadlines, form, standing, today), correctionRejected,
                standing == FormStatus.State.REJECTED, detail(standing, correctionRejected, current, lastRejected));
    }

    /** accepted, rejected, missing, or overdue when past its due date without an accepted file. */
    static String state(FormDeadlines deadlines, FormStatus s, LocalDate today) {
        return state(deadlines, s.form(), s.state(), today);
    }

    /** The same for any holder (an assessing body with its workbook). */
    static String state(FormDeadlines deadlines, FormKind form, FormStatus.State standing, LocalDate today) {
        if (deadlines.overdue(form, standing, today)) {
            return "overdue";
        }
        return switch (standing) {
            case ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
            case MISSING -> "missing";
        };
    }

    private static int index(String state) {
        return switch (state) {
            case "accepted" -> 0;
            case "rejected" -> 1;
            case "missing" -> 2;
            default -> 3;
        };
    }

    /** The newest file behind the cell, for its tooltip. */
    private static String detail(FormStatus.State standing, boolean correctionRejected, List<FileRecord> current,
                                 FileRecord lastRejected) {
        if (lastRejected != null && (standing != FormStatus.State.ACCEPTED || correctionRejected)) {
            return lastRejected.originalPath();
        }
        return current.isEmpty() ? "" : current.get(current.size() - 1).originalPath();
    }

    private static boolean shown(String show, List<Cell> cells) {
        return switch (show) {
            case "owing" -> cells.stream().anyMatch(c -> !c.state().equals("accepted") || c.correctionRejected());
            case "rejected" -> cells.stream().anyMatch(c -> c.state().equals("rejected") || c.correctionRejected());
            case "missing" -> cells.stream().anyMatch(c -> c.state().equals("missing"));
            case "overdue" -> cells.stream().anyMatch(c -> c.state().equals("overdue"));
            default -> true;
        };
    }

    public Filter filter() {
        return filter;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Count> counts() {
        return counts;
    }

    /** Units of the group that match the filter (all pages). */
    public int matching() {
        return matching;
    }

    /** Units of the group. */
    public int units() {
        return units;
    }

    /** The assessing bodies that match the filter (all of them: a plan has dozens, not thousands). */
    public List<BodyRow> bodies() {
        return bodies;
    }

    /** The bodies' workbooks counted over the group (bodies scoring a unit of it); null without bodies. */
    public Count bodyCount() {
        return bodyCount;
    }

    public int pages() {
        return Math.max(1, (matching + filter.size() - 1) / filter.size());
    }

    public boolean hasPrevious() {
        return filter.page() > 1;
    }

    public boolean hasNext() {
        return filter.page() < pages();
    }
}
