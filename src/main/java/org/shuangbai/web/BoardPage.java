package org.shuangbai.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shuangbai.app.BoardResult;
import org.shuangbai.app.FormDeadlines;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.LabeledOption;
import org.shuangbai.plan.UnitGroup;

/**
 * The board as a page shows it: one row per unit with a cell per form (已交 / 被退回 / 未交 / 逾期), counts
 * per form over the filtered group, and one page of rows. Paged so that a plan of 10,000 units renders as
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

    public record Count(String formTitle, int accepted, int rejected, int missing, int overdue) {
    }

    private final Filter filter;
    private final List<Row> rows;
    private final List<Count> counts;
    private final int matching;
    private final int units;

    private BoardPage(Filter filter, List<Row> rows, List<Count> counts, int matching, int units) {
        this.filter = filter;
        this.rows = rows;
        this.counts = counts;
        this.matching = matching;
        this.units = units;
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
                String state = state(board.deadlines(), s, today);
                tally[s.form().ordinal()][index(state)]++;
                cells.add(new Cell(s.form().option(), s.form().title(), state, s.rejectedAfterAccepted(),
                        s.state() == FormStatus.State.REJECTED, detail(s)));
            }
            AssessedUnit u = e.getKey();
            if (shown(filter.show(), cells) && (q.isEmpty() || u.code().toLowerCase(Locale.ROOT).contains(q)
                    || u.name().toLowerCase(Locale.ROOT).contains(q))) {
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
        return new BoardPage(actual, page, counts, matched.size(), byUnit.size());
    }

    /** accepted, rejected, missing, or overdue when past its due date without an accepted file. */
    static String state(FormDeadlines deadlines, FormStatus s, LocalDate today) {
        if (deadlines.overdue(s, today)) {
            return "overdue";
        }
        return switch (s.state()) {
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
    private static String detail(FormStatus s) {
        if (s.lastRejected() != null && (s.state() != FormStatus.State.ACCEPTED || s.rejectedAfterAccepted())) {
            return s.lastRejected().originalPath();
        }
        return s.current().isEmpty() ? "" : s.current().get(s.current().size() - 1).originalPath();
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
