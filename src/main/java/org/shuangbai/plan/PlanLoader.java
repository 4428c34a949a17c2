package org.shuangbai.plan;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.shuangbai.plan.PlanColumn.APPLIES_TO;
import static org.shuangbai.plan.PlanColumn.ATTACHMENT_NUMBER;
import static org.shuangbai.plan.PlanColumn.CATEGORY;
import static org.shuangbai.plan.PlanColumn.CATEGORY_CODE;
import static org.shuangbai.plan.PlanColumn.CHECK_METHOD;
import static org.shuangbai.plan.PlanColumn.CODE;
import static org.shuangbai.plan.PlanColumn.CRITERIA;
import static org.shuangbai.plan.PlanColumn.CRITERIA_COLUMN_TITLE;
import static org.shuangbai.plan.PlanColumn.EFFECT;
import static org.shuangbai.plan.PlanColumn.GROUP;
import static org.shuangbai.plan.PlanColumn.INDICATOR;
import static org.shuangbai.plan.PlanColumn.INDICATOR_COLUMN_TITLE;
import static org.shuangbai.plan.PlanColumn.INDICATOR_MAX_SCORE;
import static org.shuangbai.plan.PlanColumn.KIND;
import static org.shuangbai.plan.PlanColumn.LIST;
import static org.shuangbai.plan.PlanColumn.MAX_SCORE;
import static org.shuangbai.plan.PlanColumn.NAME;
import static org.shuangbai.plan.PlanColumn.NUMBER;
import static org.shuangbai.plan.PlanColumn.RESPONSIBLE_BODY;
import static org.shuangbai.plan.PlanColumn.SHORT_NAME;
import static org.shuangbai.plan.PlanColumn.SITUATION;
import static org.shuangbai.plan.PlanColumn.SYSTEM;
import static org.shuangbai.plan.PlanColumn.TOTAL;
import static org.shuangbai.plan.PlanColumn.VALUE;
import static org.shuangbai.plan.PlanColumn.VETO_PREAMBLE;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Loads and validates a plan folder (settings.properties and the CSV tables). Every problem is
 * collected so that the office sees them all at once; {@link #load} throws only at the end.
 */
public final class PlanLoader {
    public static final String SETTINGS = "settings.properties";
    public static final String SYSTEMS = "systems.csv";
    public static final String CATEGORIES = "categories.csv";
    public static final String INDICATORS = "indicators.csv";
    public static final String VETOES = "vetoes.csv";
    public static final String UNITS = "units.csv";
    public static final String LISTS = "lists.csv";

    /** What may separate the items of a list cell (适用体系, 配合单位, 别名…): 、 , ， ; ； or spaces. */
    public static final String LIST_SEPARATORS = "[、,，;；\\s]+";

    /** Who scores what; optional (without them the units' score sheets are the only source), but only together. */
    public static final String ASSESSORS = AssessorsReader.ASSESSORS;
    public static final String ASSIGNMENTS = AssessorsReader.ASSIGNMENTS;

    /** Every file a plan folder must have, in the order they are read. */
    public static final List<String> FILES = List.of(SETTINGS, SYSTEMS, CATEGORIES, INDICATORS, VETOES, UNITS, LISTS);
    /** The files a plan folder may have beside {@link #FILES}. */
    public static final List<String> OPTIONAL_FILES = List.of(ASSESSORS, ASSIGNMENTS);

    private final List<PlanProblem> problems = new ArrayList<>();

    private PlanLoader() {
    }

    public static Plan load(Path planDir) throws PlanException {
        PlanLoader loader = new PlanLoader();
        Plan plan = loader.read(planDir);
        if (!loader.problems.isEmpty()) {
            throw new PlanException(loader.problems);
        }
        return plan;
    }

    private Plan read(Path dir) {
        SettingsFile settingsFile = SettingsFile.read(dir, SETTINGS, problems);
        Settings settings = new SettingsReader(settingsFile, problems).read();

        CsvTable systems = CsvTable.read(dir, SYSTEMS,
                List.of(CODE, NAME, SHORT_NAME, ATTACHMENT_NUMBER, TOTAL),
                List.of(INDICATOR_COLUMN_TITLE, CRITERIA_COLUMN_TITLE, VETO_PREAMBLE), problems);
        CsvTable categories = CsvTable.read(dir, CATEGORIES,
                List.of(SYSTEM, CODE, NUMBER, CATEGORY, MAX_SCORE), List.of(), problems);
        CsvTable indicators = CsvTable.read(dir, INDICATORS,
                List.of(SYSTEM, CATEGORY_CODE, CODE, NUMBER, INDICATOR, CHECK_METHOD, RESPONSIBLE_BODY, INDICATOR_MAX_SCORE, CRITERIA),
                List.of(), problems);
        CsvTable vetoes = CsvTable.read(dir, VETOES,
                List.of(CODE, NUMBER, SYSTEM, SITUATION, EFFECT), List.of(APPLIES_TO), problems);
        CsvTable units = CsvTable.read(dir, UNITS, List.of(CODE, NAME, GROUP), List.of(KIND), problems);
        CsvTable lists = CsvTable.read(dir, LISTS, List.of(LIST, VALUE), List.of(), problems);

        List<IndicatorSystem> systemList = buildSystems(systems, categories, indicators);
        Set<String> systemCodes = new HashSet<>();
        systemList.forEach(s -> systemCodes.add(s.code()));
        List<Veto> vetoList = buildVetoes(vetoes, systemCodes);
        List<AssessedUnit> unitList = buildUnits(units);
        Assessors assessors = AssessorsReader.read(dir, settingsFile, unitList, systemList, vetoList, problems);
        Plan plan = new Plan(settings, systemList, vetoList, unitList, buildLists(lists), TaskList.NONE, assessors);
        return plan.withTasks(TaskListReader.read(dir, plan, problems));
    }

    private List<IndicatorSystem> buildSystems(CsvTable systems, CsvTable categories, CsvTable indicators) {
        // Indicators grouped by category code, categories by system code; sums are checked bottom-up.
        Map<String, List<Indicator>> indicatorsByCategory = new LinkedHashMap<>();
        Map<String, CsvTable.Row> categoryRows = new HashMap<>();
        Set<String> indicatorCodes = new HashSet<>();
        Set<String> uncheckedSums = new HashSet<>();
        for (CsvTable.Row row : indicators.rows()) {
            String code = code(indicators, row, CODE, indicatorCodes);
            String categoryCode = required(indicators, row, CATEGORY_CODE);
            BigDecimal max = score(indicators, row, INDICATOR_MAX_SCORE);
            if (max == null) {
                // A sum over an unreadable score would only add a misleading second error.
                uncheckedSums.add(categoryCode);
            }
            Indicator indicator = new Indicator(code, required(indicators, row, SYSTEM), categoryCode,
                    positiveInt(indicators, row, NUMBER), required(indicators, row, INDICATOR),
                    required(indicators, row, CHECK_METHOD), required(indicators, row, RESPONSIBLE_BODY),
                    max == null ? BigDecimal.ZERO : max, required(indicators, row, CRITERIA));
            indicatorsByCategory.computeIfAbsent(categoryCode, k -> new ArrayList<>()).add(indicator);
        }

        Map<String, List<Category>> categoriesBySystem = new LinkedHashMap<>();
        Set<String> categoryCodes = new HashSet<>();
        for (CsvTable.Row row : categories.rows()) {
            String code = code(categories, row, CODE, categoryCodes);
            String systemCode = required(categories, row, SYSTEM);
            BigDecimal max = score(categories, row, MAX_SCORE);
            if (max == null || uncheckedSums.contains(code)) {
                uncheckedSums.add(systemCode);
            }
            List<Indicator> own = indicatorsByCategory.getOrDefault(code, List.of());
            categoryRows.put(code, row);
            if (own.isEmpty() && !code.isEmpty()) {
                problems.add(new PlanProblem(CATEGORIES, row.line(), CODE.label(),
                        Messages.text("plan.problem.categoryEmpty", "code", code, "indicators", INDICATORS)));
            }
            for (Indicator i : own) {
                if (!i.systemCode().equals(systemCode)) {
                    problems.add(new PlanProblem(INDICATORS, lineOf(indicators, i.code()), SYSTEM.label(),
                            Messages.text("plan.problem.indicatorSystemMismatch", "indicator", i.code(),
                                    "indicatorSystem", i.systemCode(), "category", code, "categorySystem", systemCode)));
                }
            }
            BigDecimal sum = own.stream().map(Indicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (max != null && !own.isEmpty() && !uncheckedSums.contains(code) && sum.compareTo(max) != 0) {
                problems.add(new PlanProblem(CATEGORIES, row.line(), MAX_SCORE.label(),
                        Messages.text("plan.problem.categorySum", "category", row.get(CATEGORY),
                                "max", Numbers.plain(max), "sum", Numbers.plain(sum))));
            }
            categoriesBySystem.computeIfAbsent(systemCode, k -> new ArrayList<>()).add(new Category(code, systemCode,
                    positiveInt(categories, row, NUMBER), required(categories, row, CATEGORY),
                    max == null ? BigDecimal.ZERO : max, own));
        }
        for (Map.Entry<String, List<Indicator>> e : indicatorsByCategory.entrySet()) {
            if (!categoryCodes.contains(e.getKey())) {
                for (Indicator i : e.getValue()) {
                    problems.add(new PlanProblem(INDICATORS, lineOf(indicators, i.code()), CATEGORY_CODE.label(),
                            Messages.text("plan.problem.unknownCategory", "code", e.getKey(), "categories", CATEGORIES)));
                }
            }
        }

        List<IndicatorSystem> result = new ArrayList<>();
        Set<String> systemCodes = new HashSet<>();
        for (CsvTable.Row row : systems.rows()) {
            String code = code(systems, row, CODE, systemCodes);
            BigDecimal total = score(systems, row, TOTAL);
            List<Category> own = categoriesBySystem.getOrDefault(code, List.of());
            if (own.isEmpty() && !code.isEmpty()) {
                problems.add(new PlanProblem(SYSTEMS, row.line(), CODE.label(),
                        Messages.text("plan.problem.systemEmpty", "code", code, "categories", CATEGORIES)));
            }
            BigDecimal sum = own.stream().map(Category::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total != null && !own.isEmpty() && !uncheckedSums.contains(code) && sum.compareTo(total) != 0) {
                problems.add(new PlanProblem(SYSTEMS, row.line(), TOTAL.label(),
                        Messages.text("plan.problem.systemSum", "system", row.get(NAME),
                                "total", Numbers.plain(total), "sum", Numbers.plain(sum))));
            }
            result.add(new IndicatorSystem(code, required(systems, row, NAME), required(systems, row, SHORT_NAME),
                    positiveInt(systems, row, ATTACHMENT_NUMBER), total == null ? BigDecimal.ZERO : total,
                    orDefault(row.get(INDICATOR_COLUMN_TITLE), "plan.default.indicatorColumnTitle"),
                    orDefault(row.get(CRITERIA_COLUMN_TITLE), "plan.default.criteriaColumnTitle"),
                    row.get(VETO_PREAMBLE), own));
        }
        for (Map.Entry<String, List<Category>> e : categoriesBySystem.entrySet()) {
            if (!systemCodes.contains(e.getKey())) {
                for (Category c : e.getValue()) {
                    problems.add(new PlanProblem(CATEGORIES, categoryRows.get(c.code()).line(), SYSTEM.label(),
                            Messages.text("plan.problem.categoryUnknownSystem", "code", e.getKey(), "systems", SYSTEMS)));
                }
            }
        }
        if (systems.rows().isEmpty() && problems.stream().noneMatch(p -> p.file().equals(SYSTEMS))) {
            problems.add(new PlanProblem(SYSTEMS, 0, null, Messages.text("plan.problem.noSystems")));
        }
        return result;
    }

    private List<Veto> buildVetoes(CsvTable vetoes, Set<String> systemCodes) {
        List<Veto> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : vetoes.rows()) {
            String code = code(vetoes, row, CODE, codes);
            String system = knownSystem(vetoes, row, required(vetoes, row, SYSTEM), SYSTEM, systemCodes);
            String effectText = required(vetoes, row, EFFECT);
            VetoEffect effect = LabeledOption.parse(VetoEffect.class, effectText).orElse(null);
            if (effect == null && !effectText.isEmpty()) {
                problems.add(new PlanProblem(VETOES, row.line(), EFFECT.label(), Messages.text("plan.problem.unknownEffect",
                        "text", effectText, "loseExcellence", VetoEffect.LOSE_EXCELLENCE.label(),
                        "gradePoor", VetoEffect.GRADE_POOR.label())));
            }
            List<String> applies = new ArrayList<>();
            String appliesText = row.get(APPLIES_TO);
            if (appliesText.isEmpty()) {
                applies.add(system);
            } else {
                for (String s : appliesText.split(LIST_SEPARATORS)) {
                    applies.add(knownSystem(vetoes, row, s, APPLIES_TO, systemCodes));
                }
            }
            result.add(new Veto(code, positiveInt(vetoes, row, NUMBER), system, required(vetoes, row, SITUATION),
                    effect == null ? VetoEffect.LOSE_EXCELLENCE : effect, applies));
        }
        return result;
    }

    private String knownSystem(CsvTable table, CsvTable.Row row, String code, PlanColumn column, Set<String> systemCodes) {
        if (!code.isEmpty() && !systemCodes.contains(code)) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column.label(), Messages.text(
                    "plan.problem.unknownSystem", "code", code, "systems", SYSTEMS, "known", Lists.enumeration(systemCodes))));
        }
        return code;
    }

    private List<AssessedUnit> buildUnits(CsvTable units) {
        List<AssessedUnit> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        for (CsvTable.Row row : units.rows()) {
            String code = code(units, row, CODE, codes);
            String name = required(units, row, NAME);
            Integer firstLine = names.putIfAbsent(name, row.line());
            if (firstLine != null && !name.isEmpty()) {
                problems.add(new PlanProblem(UNITS, row.line(), NAME.label(),
                        Messages.text("plan.problem.duplicateUnitName", "name", name, "first", firstLine)));
            }
            String groupText = required(units, row, GROUP);
            UnitGroup group = LabeledOption.parse(UnitGroup.class, groupText).orElse(null);
            if (group == null && !groupText.isEmpty()) {
                problems.add(new PlanProblem(UNITS, row.line(), GROUP.label(), Messages.text("plan.problem.unknownGroup",
                        "text", groupText, "street", UnitGroup.STREET.label(), "department", UnitGroup.DEPARTMENT.label())));
            }
            String kind = row.get(KIND);
            result.add(new AssessedUnit(code, name, group == null ? UnitGroup.DEPARTMENT : group,
                    kind.isEmpty() ? groupText : kind));
        }
        if (units.rows().isEmpty() && problems.stream().noneMatch(p -> p.file().equals(UNITS))) {
            problems.add(new PlanProblem(UNITS, 0, null, Messages.text("plan.problem.noUnits")));
        }
        return result;
    }

    private Map<String, List<String>> buildLists(CsvTable lists) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (CsvTable.Row row : lists.rows()) {
            String name = required(lists, row, LIST);
            String value = required(lists, row, VALUE);
            String filedUnder = Plan.FORM_LISTS.stream().filter(key -> Messages.matches(key, name)).findFirst().orElse(name);
            List<String> values = result.computeIfAbsent(filedUnder, k -> new ArrayList<>());
            if (values.contains(value)) {
                problems.add(new PlanProblem(LISTS, row.line(), VALUE.label(),
                        Messages.text("plan.problem.listDuplicate", "list", name, "value", value)));
            }
            values.add(value);
        }
        for (String key : Plan.FORM_LISTS) {
            if (!result.containsKey(key) && problems.stream().noneMatch(p -> p.file().equals(LISTS))) {
                problems.add(new PlanProblem(LISTS, 0, LIST.label(),
                        Messages.text("plan.problem.listMissing", "list", Messages.text(key))));
            }
        }
        return result;
    }

    // --- cell readers: each records a problem and returns a neutral value so reading can go on ---

    private String required(CsvTable table, CsvTable.Row row, PlanColumn column) {
        return PlanCells.required(table, row, column, problems);
    }

    private String code(CsvTable table, CsvTable.Row row, PlanColumn column, Set<String> seen) {
        return PlanCells.code(table, row, column, seen, problems);
    }

    private BigDecimal score(CsvTable table, CsvTable.Row row, PlanColumn column) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                        Messages.text("plan.problem.negativeScore", "text", v)));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                    Messages.text("plan.problem.notNumber", "text", v)));
            return null;
        }
    }

    private int positiveInt(CsvTable table, CsvTable.Row row, PlanColumn column) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new PlanProblem(table.fileName(), row.line(), column.label(),
                Messages.text("plan.problem.notPositiveInteger", "text", v)));
        return 0;
    }

    private static int lineOf(CsvTable table, String code) {
        return table.rows().stream().filter(r -> r.get(CODE).equals(code)).mapToInt(CsvTable.Row::line).findFirst().orElse(0);
    }

    private static String orDefault(String v, String defaultKey) {
        return v.isEmpty() ? Messages.text(defaultKey) : v;
    }

    /** Turns the settings file's entries into typed settings, recording every bad or missing key. */
    private static final class SettingsReader {
        private final SettingsFile file;
        private final List<PlanProblem> problems;

        SettingsReader(SettingsFile file, List<PlanProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        Settings read() {
            ScoringRules scoring = new ScoringRules(gradeBands(), text("scoring.grade.excellent"),
                    text("scoring.grade.poor"), quota(), option("scoring.commendation.rounding", QuotaRounding.class),
                    option("scoring.commendation.tie-at-cut", TieAtCut.class), option("scoring.rank.tie", RankTie.class),
                    option("scoring.aggregation", Aggregation.class), number("scoring.aggregation.trim-min-sheets", 3, 99),
                    number("scoring.decimals", 0, 6));
            if (scoring.gradeBands().stream().noneMatch(b -> b.grade().equals(scoring.excellentGrade()))
                    && !scoring.gradeBands().isEmpty()) {
                problem("scoring.grade.excellent",
                        Messages.text("plan.problem.gradeNotInBands", "grade", scoring.excellentGrade()));
            }
            if (scoring.gradeBands().stream().noneMatch(b -> b.grade().equals(scoring.poorGrade()))
                    && !scoring.gradeBands().isEmpty()) {
                problem("scoring.grade.poor", Messages.text("plan.problem.gradeNotInBands", "grade", scoring.poorGrade()));
            }
            Map<String, String> fonts = new LinkedHashMap<>();
            for (String role : List.of("title", "song", "hei", "fangsong", "kai")) {
                SettingsFile.Entry e = file.entry("fonts." + role);
                if (e != null && !e.value().isEmpty()) {
                    fonts.put(role, e.value());
                }
            }
            String pattern = text("notice.document-number-pattern");
            if (!pattern.isEmpty() && !pattern.contains("{number}")) {
                problem("notice.document-number-pattern", Messages.text("plan.problem.documentNumberPattern"));
            }
            NoticeSettings notice = new NoticeSettings(text("notice.issuer"), text("notice.mark"), pattern,
                    number("notice.year", 1900, 9999), number("notice.number", 1, 99999), text("notice.title"),
                    text("notice.addressees"), date("notice.date"), text("notice.copy-to"), text("notice.printer"),
                    date("notice.print-date"), fonts);
            FormSettings forms = new FormSettings(text("forms.template-version"),
                    number("forms.registration.rows", 1, 500), number("forms.ledger.rows", 1, 500));
            String planCode = text("plan.code");
            if (!planCode.isEmpty() && !planCode.matches("[A-Za-z0-9_-]{1,40}")) {
                problem("plan.code", Messages.text("plan.problem.planCode", "code", planCode));
            }
            return new Settings(planCode, number("plan.year", 1900, 9999), text("plan.district"), text("plan.title"),
                    text("plan.document"), text("plan.office"), scoring, notice, forms);
        }

        private void problem(String key, String message) {
            SettingsFile.Entry e = file.entry(key);
            problems.add(new PlanProblem(file.fileName(), e == null ? 0 : e.line(), key, message));
        }

        private String text(String key) {
            SettingsFile.Entry e = file.entry(key);
            if (e == null || e.value().isEmpty()) {
                problem(key, Messages.text("plan.problem.settingMissing", "key", key));
                return "";
            }
            return e.value();
        }

        /** The setting parsed; else the problem {@code invalid} words for the text read, and {@code fallback}. */
        private <T> T parsed(String key, Function<String, T> parser, Function<String, String> invalid, T fallback) {
            String v = text(key);
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                T t = parser.apply(v);
                if (t != null) {
                    return t;
                }
            } catch (RuntimeException e) {
                // reported below
            }
            problem(key, invalid.apply(v));
            return fallback;
        }

        private int number(String key, int min, int max) {
            Integer n = parsed(key, v -> {
                int i = Integer.parseInt(v);
                return i >= min && i <= max ? i : null;
            }, v -> Messages.text("plan.problem.notInteger", "text", v, "min", min, "max", max), min);
            return n;
        }

        private LocalDate date(String key) {
            return parsed(key, LocalDate::parse, v -> Messages.text("plan.problem.notDate", "text", v),
                    LocalDate.of(2000, 1, 1));
        }

        private BigDecimal quota() {
            return parsed("scoring.commendation.quota", v -> {
                BigDecimal d = v.endsWith("%") ? new BigDecimal(v.substring(0, v.length() - 1).strip()).movePointLeft(2)
                        : new BigDecimal(v);
                return d.signum() > 0 && d.compareTo(BigDecimal.ONE) <= 0 ? d : null;
            }, v -> Messages.text("plan.problem.notQuota", "text", v), new BigDecimal("0.20"));
        }

        private <E extends Enum<E> & LabeledOption> E option(String key, Class<E> type) {
            E fallback = type.getEnumConstants()[0];
            return parsed(key, v -> LabeledOption.parse(type, v).orElse(null),
                    v -> Messages.text("plan.problem.notOption", "text", v, "choices", LabeledOption.choices(type)),
                    fallback);
        }

        private List<GradeBand> gradeBands() {
            String key = "scoring.grade-bands";
            String v = text(key);
            List<GradeBand> bands = new ArrayList<>();
            if (v.isEmpty()) {
                return bands;
            }
            BigDecimal previous = null;
            for (String part : v.split("[,，]")) {
                String[] kv = part.strip().split("[:：]");
                try {
                    BigDecimal min = new BigDecimal(kv[1].strip());
                    if (kv.length != 2 || kv[0].isBlank() || min.signum() < 0
                            || (previous != null && min.compareTo(previous) >= 0)) {
                        throw new IllegalArgumentException();
                    }
                    bands.add(new GradeBand(kv[0].strip(), min));
                    previous = min;
                } catch (RuntimeException e) {
                    problem(key, Messages.text("plan.problem.gradeBandFormat", "text", part.strip()));
                    return List.of();
                }
            }
            if (previous != null && previous.signum() != 0) {
                problem(key, Messages.text("plan.problem.lastGradeBand"));
            }
            return bands;
        }
    }
}
