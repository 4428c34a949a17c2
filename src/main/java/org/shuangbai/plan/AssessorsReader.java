package org.shuangbai.plan;

import static org.shuangbai.plan.PlanColumn.ASSESSOR;
import static org.shuangbai.plan.PlanColumn.CODE;
import static org.shuangbai.plan.PlanColumn.COMBINATION;
import static org.shuangbai.plan.PlanColumn.COVER;
import static org.shuangbai.plan.PlanColumn.KIND;
import static org.shuangbai.plan.PlanColumn.NAME;
import static org.shuangbai.plan.PlanColumn.NOTE;
import static org.shuangbai.plan.PlanColumn.SCOPE;
import static org.shuangbai.plan.PlanColumn.TARGET;
import static org.shuangbai.plan.PlanColumn.WEIGHT;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Reads and checks assessors.csv and assignments.csv against the rest of the plan: every code known,
 * every scope inside its body's cover, one rule per indicator, weights adding up to 1 and one lead body
 * for every unit, every indicator scored for every unit, every body with something to score. Problems
 * are collected with file, line and column, never thrown.
 */
final class AssessorsReader {
    static final String ASSESSORS = "assessors.csv";
    static final String ASSIGNMENTS = "assignments.csv";
    static final String PARTIAL_RETURNS = "assessors.partial-returns";

    private static final Pattern RANGE = Pattern.compile("([A-Za-z_]*)(\\d{1,9})\\s*[-~～至]\\s*([A-Za-z_]*)(\\d{1,9})");
    /** How many units a problem names before it says how many more there are. */
    private static final int LISTED_UNITS = 5;

    private final List<PlanProblem> problems;
    private final List<AssessedUnit> units;
    private final Map<String, AssessedUnit> unitsByCode = new HashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Set<String> vetoes = new LinkedHashSet<>();

    /** An assignment as read, with the line it came from for the checks across rows. */
    private record Row(int line, Assignment assignment) {
    }

    private AssessorsReader(List<AssessedUnit> units, List<IndicatorSystem> systems, List<Veto> vetoes,
                            List<PlanProblem> problems) {
        this.problems = problems;
        this.units = units;
        units.forEach(u -> unitsByCode.putIfAbsent(u.code(), u));
        systems.forEach(s -> s.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i)));
        vetoes.forEach(v -> this.vetoes.add(v.code()));
    }

    static Assessors read(Path dir, SettingsFile settings, List<AssessedUnit> units, List<IndicatorSystem> systems,
                          List<Veto> vetoes, List<PlanProblem> problems) {
        boolean hasBodies = Files.exists(dir.resolve(ASSESSORS));
        boolean hasAssignments = Files.exists(dir.resolve(ASSIGNMENTS));
        if (!hasBodies && !hasAssignments) {
            return Assessors.NONE;
        }
        if (hasBodies != hasAssignments) {
            problems.add(new PlanProblem(hasBodies ? ASSIGNMENTS : ASSESSORS, 0, null, Messages.text(
                    "plan.problem.assessors.pair", "present", hasBodies ? ASSESSORS : ASSIGNMENTS,
                    "missing", hasBodies ? ASSIGNMENTS : ASSESSORS)));
            return Assessors.NONE;
        }
        AssessorsReader reader = new AssessorsReader(units, systems, vetoes, problems);
        Map<String, Assessor> bodies = new LinkedHashMap<>();
        Map<String, Integer> bodyLines = new HashMap<>();
        reader.readBodies(CsvTable.read(dir, ASSESSORS, List.of(CODE, NAME, KIND, COVER), List.of(NOTE), problems),
                bodies, bodyLines);
        List<Row> rows = reader.readAssignments(CsvTable.read(dir, ASSIGNMENTS, List.of(TARGET, ASSESSOR, SCOPE,
                COMBINATION), List.of(WEIGHT), problems), bodies);
        reader.checkAcrossRows(rows);
        reader.checkBodies(bodies, bodyLines, rows);
        return new Assessors(List.copyOf(bodies.values()), rows.stream().map(Row::assignment).toList(),
                partialReturns(settings, problems));
    }

    private static boolean partialReturns(SettingsFile settings, List<PlanProblem> problems) {
        SettingsFile.Entry e = settings.entry(PARTIAL_RETURNS);
        if (e == null || e.value().isEmpty() || Messages.matches("plan.partialReturns.no", e.value())) {
            return false;
        }
        if (Messages.matches("plan.partialReturns.yes", e.value())) {
            return true;
        }
        problems.add(new PlanProblem(settings.fileName(), e.line(), PARTIAL_RETURNS, Messages.text(
                "plan.problem.notOption", "text", e.value(), "choices",
                Lists.enumeration(List.of(Messages.text("plan.partialReturns.yes"), Messages.text("plan.partialReturns.no"))))));
        return false;
    }

    // ---- assessors.csv ----

    private void readBodies(CsvTable table, Map<String, Assessor> bodies, Map<String, Integer> lines) {
        Set<String> codes = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = PlanCells.code(table, row, CODE, codes, problems);
            String name = PlanCells.required(table, row, NAME, problems);
            Integer first = names.putIfAbsent(name, row.line());
            if (first != null && !name.isEmpty()) {
                problems.add(new PlanProblem(ASSESSORS, row.line(), NAME.label(),
                        Messages.text("plan.problem.assessors.duplicateName", "name", name, "first", first)));
            }
            String kindText = PlanCells.required(table, row, KIND, problems);
            AssessorKind kind = LabeledOption.parse(AssessorKind.class, kindText).orElse(null);
            if (kind == null && !kindText.isEmpty()) {
                problems.add(new PlanProblem(ASSESSORS, row.line(), KIND.label(), Messages.text(
                        "plan.problem.notOption", "text", kindText, "choices", LabeledOption.choices(AssessorKind.class))));
            }
            String coverText = PlanCells.required(table, row, COVER, problems);
            UnitScope cover = coverText.isEmpty() ? null : scope(table, row, COVER, coverText);
            if (!code.isEmpty() && !bodies.containsKey(code)) {
                bodies.put(code, new Assessor(code, name, kind == null ? AssessorKind.DEPARTMENT : kind,
                        cover == null ? UnitScope.everyUnit(coverText) : cover, row.get(NOTE)));
                lines.put(code, row.line());
            }
        }
    }

    // ---- assignments.csv ----

    private List<Row> readAssignments(CsvTable table, Map<String, Assessor> bodies) {
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String target = PlanCells.required(table, row, TARGET, problems);
            boolean veto = vetoes.contains(target);
            if (!target.isEmpty() && !veto && !indicators.containsKey(target)) {
                problems.add(new PlanProblem(ASSIGNMENTS, row.line(), TARGET.label(),
                        Messages.text("plan.problem.assignments.unknownTarget", "code", target)));
                continue;
            }
            String source = PlanCells.required(table, row, ASSESSOR, problems);
            boolean unitSheet = Messages.matches("plan.assignments.unitSheet", source);
            Assessor body = unitSheet ? null : bodies.get(source);
            if (!unitSheet && body == null && !source.isEmpty()) {
                problems.add(new PlanProblem(ASSIGNMENTS, row.line(), ASSESSOR.label(), Messages.text(
                        "plan.problem.assignments.unknownAssessor", "code", source, "assessors", ASSESSORS,
                        "unitSheet", Messages.text("plan.assignments.unitSheet"))));
            }
            if (target.isEmpty() || (body == null && !unitSheet)) {
                continue;
            }
            UnitScope scope = scopeOf(table, row, body);
            if (scope == null) {
                continue;
            }
            String ruleText = row.get(COMBINATION);
            String weightText = row.get(WEIGHT);
            CombinationRule rule = null;
            if (veto || unitSheet) {
                if (!ruleText.isEmpty() || !weightText.isEmpty()) {
                    problems.add(new PlanProblem(ASSIGNMENTS, row.line(), ruleText.isEmpty() ? WEIGHT.label()
                            : COMBINATION.label(), Messages.text(veto ? "plan.problem.assignments.vetoRule"
                            : "plan.problem.assignments.unitSheetRule")));
                }
                rows.add(new Row(row.line(), new Assignment(target, unitSheet ? null : body.code(), scope, null,
                        null, false)));
                continue;
            }
            if (ruleText.isEmpty()) {
                PlanCells.required(table, row, COMBINATION, problems);
                continue;
            }
            rule = LabeledOption.parse(CombinationRule.class, ruleText).orElse(null);
            if (rule == null) {
                problems.add(new PlanProblem(ASSIGNMENTS, row.line(), COMBINATION.label(), Messages.text(
                        "plan.problem.notOption", "text", ruleText, "choices", LabeledOption.choices(CombinationRule.class))));
                continue;
            }
            BigDecimal weight = null;
            boolean lead = false;
            switch (rule) {
                case WEIGHTED -> {
                    weight = weight(row.line(), weightText);
                    if (weight == null) {
                        continue;
                    }
                }
                case LEAD -> {
                    lead = Messages.matches("plan.assignments.lead", weightText);
                    if (!lead && !weightText.isEmpty()) {
                        problems.add(new PlanProblem(ASSIGNMENTS, row.line(), WEIGHT.label(), Messages.text(
                                "plan.problem.assignments.leadMark", "text", weightText,
                                "lead", Messages.text("plan.assignments.lead"), "rule", rule.label())));
                    }
                }
                case MEAN -> {
                    if (!weightText.isEmpty()) {
                        problems.add(new PlanProblem(ASSIGNMENTS, row.line(), WEIGHT.label(), Messages.text(
                                "plan.problem.assignments.meanWeight", "text", weightText, "rule", rule.label())));
                    }
                }
            }
            rows.add(new Row(row.line(), new Assignment(target, body.code(), scope, rule, weight, lead)));
        }
        return rows;
    }

    /** The row's scope (empty: 全部), limited to the body's cover; null when it could not be read. */
    private UnitScope scopeOf(CsvTable table, CsvTable.Row row, Assessor body) {
        String text = row.get(SCOPE);
        UnitScope scope = text.isEmpty() ? UnitScope.everyUnit(Messages.text("plan.scope.all"))
                : scope(table, row, SCOPE, text);
        if (scope == null || body == null) {
            return scope;
        }
        if (scope.all()) {
            return body.cover();
        }
        List<AssessedUnit> outside = units.stream().filter(scope::includes).filter(u -> !body.cover().includes(u))
                .toList();
        if (!outside.isEmpty()) {
            problems.add(new PlanProblem(ASSIGNMENTS, row.line(), SCOPE.label(), Messages.text(
                    "plan.problem.assignments.outsideCover", "units", listed(outside), "assessor", body.name(),
                    "cover", body.cover().text(), "assessors", ASSESSORS)));
            return null;
        }
        return scope;
    }

    private BigDecimal weight(int line, String text) {
        if (text.isEmpty()) {
            problems.add(new PlanProblem(ASSIGNMENTS, line, WEIGHT.label(), Messages.text(
                    "plan.problem.assignments.weightMissing", "rule", CombinationRule.WEIGHTED.label())));
            return null;
        }
        try {
            BigDecimal w = text.endsWith("%") ? new BigDecimal(text.substring(0, text.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(text);
            if (w.signum() > 0 && w.compareTo(BigDecimal.ONE) <= 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new PlanProblem(ASSIGNMENTS, line, WEIGHT.label(),
                Messages.text("plan.problem.assignments.weightInvalid", "text", text)));
        return null;
    }

    // ---- checks across rows ----

    private void checkAcrossRows(List<Row> rows) {
        Map<String, List<Row>> byTarget = new LinkedHashMap<>();
        rows.forEach(r -> byTarget.computeIfAbsent(r.assignment().target(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Row>> e : byTarget.entrySet()) {
            List<Row> own = e.getValue();
            Row first = own.stream().filter(r -> r.assignment().rule() != null).findFirst().orElse(null);
            for (Row r : own) {
                if (first != null && r.assignment().rule() != null && r.assignment().rule() != first.assignment().rule()) {
                    problems.add(new PlanProblem(ASSIGNMENTS, r.line(), COMBINATION.label(), Messages.text(
                            "plan.problem.assignments.ruleDiffers", "target", e.getKey(),
                            "rule", r.assignment().rule().label(), "first", first.line(),
                            "firstRule", first.assignment().rule().label())));
                }
            }
            checkOverlaps(e.getKey(), own);
            if (indicators.containsKey(e.getKey())) {
                checkUnits(indicators.get(e.getKey()), own);
            }
        }
        for (Indicator i : indicators.values()) {
            if (!byTarget.containsKey(i.code())) {
                problems.add(new PlanProblem(ASSIGNMENTS, 0, TARGET.label(), Messages.text(
                        "plan.problem.assignments.unassigned", "indicator", indicatorName(i),
                        "unitSheet", Messages.text("plan.assignments.unitSheet"))));
            }
        }
    }

    /** The same source twice for one unit of one target. */
    private void checkOverlaps(String target, List<Row> own) {
        for (int i = 0; i < own.size(); i++) {
            for (int j = 0; j < i; j++) {
                Assignment a = own.get(i).assignment();
                Assignment b = own.get(j).assignment();
                if (java.util.Objects.equals(a.assessorCode(), b.assessorCode())) {
                    List<AssessedUnit> both = units.stream().filter(u -> a.scope().includes(u) && b.scope().includes(u))
                            .toList();
                    if (!both.isEmpty()) {
                        problems.add(new PlanProblem(ASSIGNMENTS, own.get(i).line(), SCOPE.label(), Messages.text(
                                "plan.problem.assignments.overlap", "target", target, "first", own.get(j).line(),
                                "units", listed(both))));
                    }
                }
            }
        }
    }

    /**
     * Every unit of an indicator has a source, not both bodies and its score sheet, and under a weighted or
     * lead rule the weights add up to 1 and one body leads. Units with the same covering rows share one
     * problem, so a wrong weight is reported once, not once per unit.
     */
    private void checkUnits(Indicator indicator, List<Row> own) {
        List<AssessedUnit> uncovered = new ArrayList<>();
        // keyed by the rows' lines: hashing the rows themselves would hash their unit sets for every unit
        Map<List<Integer>, List<AssessedUnit>> byRows = new LinkedHashMap<>();
        Map<Integer, Row> byLine = new HashMap<>();
        own.forEach(r -> byLine.put(r.line(), r));
        for (AssessedUnit u : units) {
            List<Integer> covering = own.stream().filter(r -> r.assignment().scope().includes(u)).map(Row::line)
                    .toList();
            if (covering.isEmpty()) {
                uncovered.add(u);
            } else {
                byRows.computeIfAbsent(covering, k -> new ArrayList<>()).add(u);
            }
        }
        if (!uncovered.isEmpty()) {
            problems.add(new PlanProblem(ASSIGNMENTS, 0, TARGET.label(), Messages.text(
                    "plan.problem.assignments.uncovered", "indicator", indicatorName(indicator),
                    "count", uncovered.size(), "units", listed(uncovered),
                    "unitSheet", Messages.text("plan.assignments.unitSheet"))));
        }
        byRows.forEach((coveringLines, forUnits) -> {
            List<Row> covering = coveringLines.stream().map(byLine::get).toList();
            List<Row> bodies = covering.stream().filter(r -> !r.assignment().unitSheet()).toList();
            Row sheet = covering.stream().filter(r -> r.assignment().unitSheet()).findFirst().orElse(null);
            String lines = covering.stream().map(r -> Integer.toString(r.line())).collect(Lists.enumerating());
            if (sheet != null && !bodies.isEmpty()) {
                problems.add(new PlanProblem(ASSIGNMENTS, sheet.line(), ASSESSOR.label(), Messages.text(
                        "plan.problem.assignments.sheetAndBodies", "indicator", indicatorName(indicator),
                        "units", listed(forUnits), "lines", lines)));
                return;
            }
            CombinationRule rule = bodies.isEmpty() ? null : bodies.get(0).assignment().rule();
            if (rule == CombinationRule.WEIGHTED) {
                BigDecimal sum = bodies.stream().map(r -> r.assignment().weight() == null ? BigDecimal.ZERO
                        : r.assignment().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(BigDecimal.ONE) != 0) {
                    problems.add(new PlanProblem(ASSIGNMENTS, bodies.get(0).line(), WEIGHT.label(), Messages.text(
                            "plan.problem.assignments.weightSum", "indicator", indicatorName(indicator),
                            "units", listed(forUnits), "lines", lines, "sum", Numbers.plain(sum))));
                }
            } else if (rule == CombinationRule.LEAD) {
                List<Row> leads = bodies.stream().filter(r -> r.assignment().lead()).toList();
                if (leads.size() != 1) {
                    problems.add(new PlanProblem(ASSIGNMENTS, (leads.isEmpty() ? bodies : leads).get(
                            leads.isEmpty() ? 0 : 1).line(), WEIGHT.label(), Messages.text(leads.isEmpty()
                                    ? "plan.problem.assignments.noLead" : "plan.problem.assignments.twoLeads",
                            "indicator", indicatorName(indicator), "units", listed(forUnits), "lines",
                            leads.isEmpty() ? lines : leads.stream().map(r -> Integer.toString(r.line()))
                                    .collect(Lists.enumerating()), "lead", Messages.text("plan.assignments.lead"))));
                }
            }
        });
    }

    private void checkBodies(Map<String, Assessor> bodies, Map<String, Integer> lines, List<Row> rows) {
        for (Assessor body : bodies.values()) {
            List<Row> own = rows.stream().filter(r -> body.code().equals(r.assignment().assessorCode())).toList();
            if (own.isEmpty()) {
                problems.add(new PlanProblem(ASSESSORS, lines.get(body.code()), CODE.label(), Messages.text(
                        "plan.problem.assessors.nothingToScore", "assessor", body.name(), "assignments", ASSIGNMENTS)));
            } else if (units.stream().noneMatch(u -> own.stream().anyMatch(r -> r.assignment().scope().includes(u)))) {
                problems.add(new PlanProblem(ASSESSORS, lines.get(body.code()), COVER.label(), Messages.text(
                        "plan.problem.assessors.noUnits", "assessor", body.name(), "cover", body.cover().text())));
            }
        }
    }

    // ---- unit sets ----

    /** A set of units as written (全部, 街乡/委办局, codes, ranges such as S01-S22); null after a problem. */
    private UnitScope scope(CsvTable table, CsvTable.Row row, PlanColumn column, String text) {
        boolean all = false;
        Set<UnitGroup> groups = new HashSet<>();
        Set<String> codes = new HashSet<>();
        boolean ok = true;
        for (String token : text.split("[、,，;；\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (Messages.matches("plan.scope.all", token)) {
                all = true;
                continue;
            }
            UnitGroup group = LabeledOption.parse(UnitGroup.class, token).orElse(null);
            if (group != null) {
                groups.add(group);
            } else if (unitsByCode.containsKey(token)) {
                codes.add(token);
            } else {
                List<String> range = range(token);
                if (range == null) {
                    problems.add(new PlanProblem(table.fileName(), row.line(), column.label(), Messages.text(
                            "plan.problem.scope.unknownUnit", "text", token, "units", PlanLoader.UNITS,
                            "all", Messages.text("plan.scope.all"), "street", UnitGroup.STREET.label(),
                            "department", UnitGroup.DEPARTMENT.label())));
                    ok = false;
                } else if (range.isEmpty()) {
                    problems.add(new PlanProblem(table.fileName(), row.line(), column.label(), Messages.text(
                            "plan.problem.scope.emptyRange", "text", token, "units", PlanLoader.UNITS)));
                    ok = false;
                } else {
                    codes.addAll(range);
                }
            }
        }
        return ok ? new UnitScope(all, groups, codes, text) : null;
    }

    /** The unit codes of a range such as S01-S22 (same prefix, numbers within the bounds); null if not a range. */
    private List<String> range(String token) {
        Matcher m = RANGE.matcher(token);
        if (!m.matches() || (!m.group(3).isEmpty() && !m.group(3).equals(m.group(1)))) {
            return null;
        }
        String prefix = m.group(1);
        long from = Long.parseLong(m.group(2));
        long to = Long.parseLong(m.group(4));
        Pattern own = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,9})");
        List<String> out = new ArrayList<>();
        for (AssessedUnit u : units) {
            Matcher c = own.matcher(u.code());
            if (c.matches()) {
                long n = Long.parseLong(c.group(1));
                if (n >= Math.min(from, to) && n <= Math.max(from, to)) {
                    out.add(u.code());
                }
            }
        }
        return out;
    }

    private static String listed(List<AssessedUnit> units) {
        String first = units.stream().limit(LISTED_UNITS).map(u -> u.code() + " " + u.name())
                .collect(Lists.enumerating());
        return units.size() <= LISTED_UNITS ? first
                : Messages.text("plan.problem.assignments.andMore", "units", first, "count", units.size());
    }

    private static String indicatorName(Indicator i) {
        return Messages.text("plan.assignments.indicator", "code", i.code(), "name", i.name());
    }
}
