package org.shuangbai.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.GradeBand;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.NoticeSettings;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.IndicatorResult;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.ScoredYear;
import org.shuangbai.scoring.Statistics;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;
import org.shuangbai.scoring.VetoFinding;

/**
 * What the documents print, mapped from the plan and the scoring results (and the ledger's items
 * and the units still owing forms). Every figure is formatted here, once, so the designs only lay
 * things out.
 *
 * <p>{@code letters} is a read-only list that builds each letter when it is asked for: with
 * thousands of units, every letter's rows held at once would take more memory than the rendering
 * itself (issue 7), while each one alone is small.
 */
public record DocumentData(NoticeData notice, List<LetterData> letters, List<ReminderRow> reminders,
                           List<LedgerItemRow> ledger, String reminderTitle, String ledgerTitle) {

    public DocumentData {
        letters = letters instanceof Letters ? letters : List.copyOf(letters);
        reminders = List.copyOf(reminders);
        ledger = List.copyOf(ledger);
    }

    /** The reminder list and the issue ledger as their tables print them. */
    public Tables tables() {
        return new Tables(reminders, ledger, reminderTitle, ledgerTitle);
    }

    /**
     * @param ledgerItems  every issue-ledger item (the letters take each unit's open ones)
     * @param reminders    units still owing forms
     * @param bodyTemplate the Velocity text of templates/notice-body.vm
     */
    public static DocumentData from(Plan plan, Results results, List<LedgerItemRow> ledgerItems,
                                    List<ReminderRow> reminders, String bodyTemplate) {
        return from(plan, results, tables(plan, ledgerItems, reminders), bodyTemplate);
    }

    /** The same with the tables that need no score mapped before (see {@link #tables}). */
    public static DocumentData from(Plan plan, Results results, Tables tables, String bodyTemplate) {
        return new Mapper(plan, ScoredYear.held(results)).map(tables, bodyTemplate);
    }

    /**
     * The reminder list and the issue ledger, which need no score: a render may make them while the year
     * is still being scored. Rows in the plan's order of units (the ledger's overdue items first).
     */
    public record Tables(List<ReminderRow> reminders, List<LedgerItemRow> ledger, String reminderTitle,
                         String ledgerTitle) {
        public Tables {
            reminders = List.copyOf(reminders);
            ledger = List.copyOf(ledger);
        }
    }

    /**
     * @param ledgerItems every issue-ledger item
     * @param reminders   units still owing forms
     */
    public static Tables tables(Plan plan, List<LedgerItemRow> ledgerItems, List<ReminderRow> reminders) {
        ToIntFunction<String> order = unitOrder(plan);
        List<LedgerItemRow> ledger = ledgerItems.stream()
                .sorted(Comparator.comparing((LedgerItemRow r) -> !r.overdue())
                        .thenComparingInt(r -> order.applyAsInt(r.unitCode()))
                        .thenComparing(LedgerItemRow::number))
                .toList();
        List<ReminderRow> remind = reminders.stream()
                .sorted(Comparator.comparingInt((ReminderRow r) -> order.applyAsInt(r.unitCode()))).toList();
        int planYear = plan.settings().year();
        return new Tables(remind, ledger, Messages.text("documents.title.reminders", "year", planYear),
                Messages.text("documents.title.ledger", "year", planYear));
    }

    /**
     * The documents of a year scored unit by unit: the notice and its tables from the units' summaries,
     * each letter from its unit's whole result, asked for when the letter is built.
     */
    public static DocumentData from(Plan plan, ScoredYear year, List<LedgerItemRow> ledgerItems,
                                    List<ReminderRow> reminders, String bodyTemplate) {
        return new Mapper(plan, year).map(tables(plan, ledgerItems, reminders), bodyTemplate);
    }

    /** Each unit's place in the plan (a code not in it last), indexed once so that N units stay linear in N. */
    private static ToIntFunction<String> unitOrder(Plan plan) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < plan.units().size(); i++) {
            order.putIfAbsent(plan.units().get(i).code(), i);
        }
        return code -> order.getOrDefault(code, Integer.MAX_VALUE);
    }

    private static final class Mapper {
        private final Plan plan;
        private final ScoredYear year;
        /** The units' summaries (no indicators where the year was scored unit by unit). */
        private final Results results;
        private final int decimals;
        /** Built once, so that a run over N units stays linear in N. */
        private final Map<String, Integer> systemOrder = new HashMap<>();

        Mapper(Plan plan, ScoredYear year) {
            this.plan = plan;
            this.year = year; // the letters keep the mapper until the last is rendered
            this.results = year.summary();
            this.decimals = plan.settings().scoring().decimals();
            for (int i = 0; i < plan.systems().size(); i++) {
                systemOrder.putIfAbsent(plan.systems().get(i).code(), i);
            }
        }

        /**
         * Indexes over the units, built once so that mapping N units stays linear in N, for mapping the
         * notice and the tables only: the letters keep the mapper until the last is rendered, and at
         * 10,000 units these maps were about 1.5 MB of what it kept.
         */
        private final class Index {
            private final ToIntFunction<String> unitOrder = DocumentData.unitOrder(plan);
            private final Map<String, List<UnitResult>> byUnit = new HashMap<>();

            Index() {
                for (UnitResult r : results.units()) {
                    byUnit.computeIfAbsent(r.unit().code(), k -> new ArrayList<>()).add(r);
                }
                byUnit.values().forEach(l -> l.sort(Comparator.comparing(r -> systemOrder(r.systemCode()))));
            }

            int unitOrder(String code) {
                return unitOrder.applyAsInt(code);
            }

            Optional<UnitResult> result(String unitCode, String systemCode) {
                return byUnit.getOrDefault(unitCode, List.of()).stream().filter(r -> r.systemCode().equals(systemCode))
                        .findFirst();
            }

            /** The units that get a letter: those scored in at least one system, in plan order. */
            List<AssessedUnit> lettered() {
                return plan.units().stream().filter(u -> byUnit.getOrDefault(u.code(), List.of()).stream()
                        .anyMatch(r -> r.status() == UnitStatus.SCORED)).toList();
            }
        }

        DocumentData map(Tables tables, String bodyTemplate) {
            Index index = new Index();
            NoticeSettings n = plan.settings().notice();
            int planYear = plan.settings().year();
            String commendedTitle = Messages.text("documents.title.commended", "year", planYear);
            String summaryTitle = Messages.text("documents.title.summary", "year", planYear);
            String body = BodyText.styled(BodyText.paragraphs(BodyText.evaluate(bodyTemplate,
                    variables(List.of(commendedTitle, summaryTitle)), "templates/notice-body.vm")));
            NoticeData notice = new NoticeData(n.mark(), n.documentNumber(), n.title(), Messages.text("documents.notice.salutation", "addressees", n.addressees()), body,
                    n.issuer(), chineseDate(n.date()), blankToNull(n.copyTo()), n.printer(), chineseDate(n.printDate()),
                    commendedTitle, summaryTitle, commended(index), new SummaryRows(this, index));
            return new DocumentData(notice, new Letters(this, index.lettered(), tables.ledger()), tables.reminders(),
                    tables.ledger(), tables.reminderTitle(), tables.ledgerTitle());
        }

        private Map<String, Object> variables(List<String> attachments) {
            var s = plan.settings();
            var rules = s.scoring();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("planYear", s.year());
            v.put("year", s.notice().year());
            v.put("district", s.district());
            v.put("planTitle", s.planTitle());
            v.put("planDocument", s.planDocument());
            v.put("office", s.office());
            v.put("issuer", s.notice().issuer());
            v.put("unitCount", plan.units().size());
            v.put("streetCount", plan.units(UnitGroup.STREET).size());
            v.put("departmentCount", plan.units(UnitGroup.DEPARTMENT).size());
            v.put("quota", rules.quota().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            v.put("rounding", rules.rounding().label());
            v.put("tieAtCut", rules.tieAtCut().label());
            v.put("rankTie", rules.rankTie().label());
            List<Map<String, Object>> systems = new ArrayList<>();
            for (IndicatorSystem system : plan.systems()) {
                List<UnitResult> all = results.units().stream().filter(r -> r.systemCode().equals(system.code())).toList();
                List<UnitResult> scored = all.stream().filter(r -> r.status() == UnitStatus.SCORED).toList();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", system.name());
                m.put("shortName", system.shortName());
                m.put("scored", scored.size());
                m.put("notScored", plan.units().size() - scored.size());
                Statistics stats = results.system(system.code());
                m.put("average", fmt(stats.averageTotal()));
                m.put("highest", fmt(stats.highestTotal()));
                m.put("lowest", fmt(stats.lowestTotal()));
                m.put("vetoed", (int) all.stream().filter(r -> !r.vetoes().isEmpty()).count());
                List<Map<String, Object>> grades = new ArrayList<>();
                for (GradeBand band : rules.gradeBands()) {
                    long count = scored.stream().filter(r -> band.grade().equals(r.grade())).count();
                    grades.add(Map.of("grade", band.grade(), "count", count));
                }
                m.put("grades", grades);
                systems.add(m);
            }
            v.put("systems", systems);
            List<Map<String, Object>> commendations = new ArrayList<>();
            int commendedCount = 0;
            for (Commendation c : orderedCommendations()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("system", systemName(c.systemCode()));
                m.put("group", c.group().label());
                m.put("basis", c.basis());
                m.put("quota", c.quota());
                m.put("count", c.unitCodes().size());
                m.put("units", c.unitCodes().stream().map(this::unitName).collect(Lists.enumerating()));
                m.put("explanation", c.explanation());
                commendations.add(m);
                commendedCount += c.unitCodes().size();
            }
            v.put("commendations", commendations);
            v.put("commendedCount", commendedCount);
            v.put("rules", results.rules());
            v.put("attachments", attachments);
            return v;
        }

        private List<Commendation> orderedCommendations() {
            return results.commendations().stream()
                    .sorted(Comparator.comparing((Commendation c) -> systemOrder(c.systemCode()))
                            .thenComparing(c -> c.group().ordinal()))
                    .toList();
        }

        private List<CommendedUnit> commended(Index index) {
            List<CommendedUnit> rows = new ArrayList<>();
            for (Commendation c : orderedCommendations()) {
                int i = 0;
                for (String code : c.unitCodes()) {
                    Optional<UnitResult> r = index.result(code, c.systemCode());
                    rows.add(new CommendedUnit(systemName(c.systemCode()), c.group().label(), ++i, unitName(code),
                            r.map(UnitResult::total).map(this::scale).orElse(null), r.map(UnitResult::grade).orElse(null),
                            c.explanation()));
                }
            }
            return rows;
        }

        private LetterData letter(AssessedUnit unit, List<LedgerItemRow> unitItems) {
            NoticeSettings n = plan.settings().notice();
            List<UnitResult> mine = year.unit(unit).stream()
                    .sorted(Comparator.comparing(r -> systemOrder(r.systemCode()))).toList();
            List<LetterRow> rows = new ArrayList<>();
            List<VetoRow> vetoes = new ArrayList<>();
            List<ChartRow> chart = new ArrayList<>();
            for (UnitResult r : mine) {
                IndicatorSystem system = plan.system(r.systemCode()).orElseThrow();
                String line = systemResult(r);
                if (r.status() != UnitStatus.SCORED) {
                    rows.add(new LetterRow(system.name(), line, null, null, null, null, null, null, null, null));
                    continue;
                }
                for (IndicatorResult ir : r.indicators()) {
                    Indicator ind = plan.indicator(ir.indicatorCode()).orElseThrow();
                    Category cat = system.categories().stream().filter(c -> c.code().equals(ind.categoryCode()))
                            .findFirst().orElseThrow();
                    rows.add(new LetterRow(system.name(), line, cat.number() + ". " + cat.name(),
                            Integer.toString(ind.number()), ind.name(), plain(ir.maxScore()), scale(ir.selfScore()),
                            scale(ir.score()), signed(ir.difference()), blankToNull(ir.notes())));
                }
                for (VetoFinding f : r.vetoes()) {
                    Veto veto = plan.vetoes().stream().filter(v -> v.code().equals(f.vetoCode())).findFirst().orElse(null);
                    vetoes.add(new VetoRow(system.shortName(), f.vetoCode(), veto == null ? "" : veto.situation(),
                            f.effect().label(), f.explanation()));
                }
                Statistics group = results.group(r.systemCode(), unit.group());
                for (Category c : system.categories()) {
                    String label = system.shortName() + "·" + c.name();
                    chart.add(new ChartRow(Messages.text("documents.letter.chart.unit"), label,
                            scale(r.categoryTotals().get(c.code()))));
                    chart.add(new ChartRow(Messages.text("documents.letter.chart.average", "group", unit.group().label()),
                            label, group.categoryAverages().get(c.code())));
                }
            }
            List<LedgerItemRow> open = unitItems.stream().filter(i -> !isDone(i.status())).toList();
            String intro = Messages.text("documents.letter.intro", "planTitle", plan.settings().planTitle(),
                    "planDocument", plan.settings().planDocument(), "year", plan.settings().year(),
                    "office", plan.settings().office());
            return new LetterData(unit.code(), unit.name(), unit.group().label(),
                    Messages.text("documents.letter.title", "year", plan.settings().year()),
                    Messages.text("documents.letter.salutation", "unit", unit.name()), intro,
                    plan.settings().office(), chineseDate(n.date()), n.documentNumber(), rows, vetoes, open, chart);
        }

        private String systemResult(UnitResult r) {
            if (r.status() != UnitStatus.SCORED) {
                return Messages.text(r.note() == null ? "documents.letter.notScored" : "documents.letter.notScoredNote",
                        "status", r.status().label(), "note", r.note());
            }
            int peers = results.group(r.systemCode(), r.unit().group()).count();
            String outcome = r.commended() ? Messages.text("documents.letter.commended")
                    : !r.eligible() ? Messages.text("documents.letter.ineligible") : "";
            return Messages.text("documents.letter.result", "total", fmt(r.total()), "self", fmt(r.selfTotal()),
                    "group", r.unit().group().label(), "rank", r.rank(), "peers", peers, "grade", r.grade(),
                    "outcome", outcome);
        }

        /** The last value of the plan's 整改状态 list (已整改) closes an item. */
        private boolean isDone(String status) {
            List<String> statuses = plan.list(Plan.LIST_ISSUE_STATUSES);
            return status != null && !statuses.isEmpty() && status.equals(statuses.get(statuses.size() - 1));
        }

        private String unitName(String code) {
            return plan.unit(code).map(AssessedUnit::name).orElse(code);
        }

        private String systemName(String code) {
            return plan.system(code).map(IndicatorSystem::shortName).orElse(code);
        }

        private int systemOrder(String code) {
            return systemOrder.getOrDefault(code, Integer.MAX_VALUE);
        }

        private BigDecimal scale(BigDecimal v) {
            return v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP);
        }

        private String fmt(BigDecimal v) {
            return v == null ? "—" : scale(v).toPlainString();
        }

        private String signed(BigDecimal v) {
            if (v == null) {
                return null;
            }
            BigDecimal s = scale(v);
            return s.signum() > 0 ? "+" + s.toPlainString() : s.toPlainString();
        }
    }

    /**
     * The letters, one per unit scored in at least one system, each built when asked for (on the
     * worker thread that renders it); the mapper's indexes are only read, so any thread may ask.
     */
    private static final class Letters extends AbstractList<LetterData> {
        private final Mapper mapper;
        private final List<AssessedUnit> units;
        private final Map<String, List<LedgerItemRow>> items = new HashMap<>();

        Letters(Mapper mapper, List<AssessedUnit> units, List<LedgerItemRow> ledger) {
            this.mapper = mapper;
            this.units = units;
            ledger.forEach(i -> items.computeIfAbsent(i.unitCode(), k -> new ArrayList<>()).add(i));
        }

        @Override
        public LetterData get(int index) {
            AssessedUnit unit = units.get(index);
            return mapper.letter(unit, items.getOrDefault(unit.code(), List.of()));
        }

        @Override
        public int size() {
            return units.size();
        }
    }

    /**
     * The score summary's rows, one per unit and system (by system, group and rank), each made when asked
     * for. Held whole they were 20,000 records with their texts at 10,000 units, about 5 MB kept for the
     * whole render (the letters keep the document data), while the notice, its attachment and the Word
     * notice each only read them through.
     */
    static final class SummaryRows extends AbstractList<SummaryRow> {
        /** A system and group: the rows' shared texts. */
        private record Section(IndicatorSystem system, UnitGroup group, String title, String[] headings) {
        }

        private final Mapper mapper;
        /** The rows' results and sections, in the table's order. */
        private final UnitResult[] results;
        private final Section[] sections;

        SummaryRows(Mapper mapper, Mapper.Index index) {
            this.mapper = mapper;
            List<UnitResult> order = new ArrayList<>();
            List<Section> sectionOf = new ArrayList<>();
            for (IndicatorSystem system : mapper.plan.systems()) {
                List<Category> cats = system.categories();
                String[] h = new String[SummaryRow.SLOTS];
                for (int i = 0; i < Math.min(cats.size(), SummaryRow.SLOTS); i++) {
                    h[i] = Messages.text("documents.summary.categoryHeading", "category", cats.get(i).name(), "max", plain(cats.get(i).maxScore()));
                }
                for (UnitGroup group : UnitGroup.values()) {
                    Section section = new Section(system, group, Messages.text("documents.summary.systemGroup",
                            "system", system.shortName(), "group", group.label()), h);
                    mapper.results.units().stream()
                            .filter(r -> r.systemCode().equals(system.code()) && r.unit().group() == group)
                            .sorted(Comparator.comparing((UnitResult r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                                    .thenComparing(r -> index.unitOrder(r.unit().code())))
                            .forEach(r -> {
                                order.add(r);
                                sectionOf.add(section);
                            });
                }
            }
            this.results = order.toArray(new UnitResult[0]);
            this.sections = sectionOf.toArray(new Section[0]);
        }

        @Override
        public SummaryRow get(int index) {
            UnitResult r = results[index];
            Section s = sections[index];
            List<Category> cats = s.system().categories();
            BigDecimal[] c = new BigDecimal[SummaryRow.SLOTS];
            for (int i = 0; i < Math.min(cats.size(), SummaryRow.SLOTS); i++) {
                c[i] = r.categoryTotals() == null ? null : mapper.scale(r.categoryTotals().get(cats.get(i).code()));
            }
            String[] h = s.headings();
            String veto = r.vetoes().stream().map(f -> f.effect().label()).distinct().collect(Lists.enumerating());
            return new SummaryRow(s.system().name(), s.group().label(), s.title(),
                    r.rank() == null ? "—" : r.rank().toString(), r.unit().code(), r.unit().name(),
                    h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7],
                    c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                    mapper.scale(r.total()), r.status() == UnitStatus.SCORED ? r.grade() : r.status().label(),
                    veto.isEmpty() ? null : veto, r.status().label());
        }

        @Override
        public int size() {
            return results.length;
        }
    }

    static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    /** 2010年2月20日: GB/T 9704-2012 writes dates in Arabic numerals, without leading zeros. */
    public static String chineseDate(LocalDate d) {
        return d == null ? null : Messages.text("documents.date", "year", d.getYear(), "month", d.getMonthValue(),
                "day", d.getDayOfMonth());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
