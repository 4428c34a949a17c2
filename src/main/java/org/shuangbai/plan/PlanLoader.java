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

    /** Every file of a plan folder, in the order they are read. */
    public static final List<String> FILES = List.of(SETTINGS, SYSTEMS, CATEGORIES, INDICATORS, VETOES, UNITS, LISTS);

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
        Settings settings = new SettingsReader(SettingsFile.read(dir, SETTINGS, problems), problems).read();

        CsvTable systems = CsvTable.read(dir, SYSTEMS,
                List.of("代码", "名称", "简称", "附件序号", "总分"),
                List.of("二级指标列名", "考核内容列名", "一票否决说明"), problems);
        CsvTable categories = CsvTable.read(dir, CATEGORIES,
                List.of("体系", "代码", "序号", "一级指标", "分值"), List.of(), problems);
        CsvTable indicators = CsvTable.read(dir, INDICATORS,
                List.of("体系", "一级指标代码", "代码", "序号", "二级指标", "检查方法", "责任单位", "指标分值", "考核内容"),
                List.of(), problems);
        CsvTable vetoes = CsvTable.read(dir, VETOES,
                List.of("代码", "序号", "体系", "情形", "后果"), List.of("适用体系"), problems);
        CsvTable units = CsvTable.read(dir, UNITS, List.of("代码", "名称", "分组"), List.of("类型"), problems);
        CsvTable lists = CsvTable.read(dir, LISTS, List.of("列表", "值"), List.of(), problems);

        List<IndicatorSystem> systemList = buildSystems(systems, categories, indicators);
        Set<String> systemCodes = new HashSet<>();
        systemList.forEach(s -> systemCodes.add(s.code()));
        return new Plan(settings, systemList, buildVetoes(vetoes, systemCodes), buildUnits(units), buildLists(lists));
    }

    private List<IndicatorSystem> buildSystems(CsvTable systems, CsvTable categories, CsvTable indicators) {
        // Indicators grouped by category code, categories by system code; sums are checked bottom-up.
        Map<String, List<Indicator>> indicatorsByCategory = new LinkedHashMap<>();
        Map<String, CsvTable.Row> categoryRows = new HashMap<>();
        Set<String> indicatorCodes = new HashSet<>();
        Set<String> uncheckedSums = new HashSet<>();
        for (CsvTable.Row row : indicators.rows()) {
            String code = code(indicators, row, "代码", indicatorCodes);
            String categoryCode = required(indicators, row, "一级指标代码");
            BigDecimal max = score(indicators, row, "指标分值");
            if (max == null) {
                // A sum over an unreadable score would only add a misleading second error.
                uncheckedSums.add(categoryCode);
            }
            Indicator indicator = new Indicator(code, required(indicators, row, "体系"), categoryCode,
                    positiveInt(indicators, row, "序号"), required(indicators, row, "二级指标"),
                    required(indicators, row, "检查方法"), required(indicators, row, "责任单位"),
                    max == null ? BigDecimal.ZERO : max, required(indicators, row, "考核内容"));
            indicatorsByCategory.computeIfAbsent(categoryCode, k -> new ArrayList<>()).add(indicator);
        }

        Map<String, List<Category>> categoriesBySystem = new LinkedHashMap<>();
        Set<String> categoryCodes = new HashSet<>();
        for (CsvTable.Row row : categories.rows()) {
            String code = code(categories, row, "代码", categoryCodes);
            String systemCode = required(categories, row, "体系");
            BigDecimal max = score(categories, row, "分值");
            if (max == null || uncheckedSums.contains(code)) {
                uncheckedSums.add(systemCode);
            }
            List<Indicator> own = indicatorsByCategory.getOrDefault(code, List.of());
            categoryRows.put(code, row);
            if (own.isEmpty() && !code.isEmpty()) {
                problems.add(new PlanProblem(CATEGORIES, row.line(), "代码",
                        "一级指标「" + code + "」下没有任何二级指标。请在 " + INDICATORS + " 中补充，或删除该一级指标。"));
            }
            for (Indicator i : own) {
                if (!i.systemCode().equals(systemCode)) {
                    problems.add(new PlanProblem(INDICATORS, lineOf(indicators, i.code()), "体系",
                            "二级指标「" + i.code() + "」的体系「" + i.systemCode() + "」与其一级指标「" + code
                                    + "」的体系「" + systemCode + "」不一致。"));
                }
            }
            BigDecimal sum = own.stream().map(Indicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (max != null && !own.isEmpty() && !uncheckedSums.contains(code) && sum.compareTo(max) != 0) {
                problems.add(new PlanProblem(CATEGORIES, row.line(), "分值",
                        "一级指标「" + row.get("一级指标") + "」分值为 " + plain(max) + "，但其二级指标分值合计为 "
                                + plain(sum) + "。请改正分值，使二级指标之和等于一级指标分值。"));
            }
            categoriesBySystem.computeIfAbsent(systemCode, k -> new ArrayList<>()).add(new Category(code, systemCode,
                    positiveInt(categories, row, "序号"), required(categories, row, "一级指标"),
                    max == null ? BigDecimal.ZERO : max, own));
        }
        for (Map.Entry<String, List<Indicator>> e : indicatorsByCategory.entrySet()) {
            if (!categoryCodes.contains(e.getKey())) {
                for (Indicator i : e.getValue()) {
                    problems.add(new PlanProblem(INDICATORS, lineOf(indicators, i.code()), "一级指标代码",
                            "一级指标代码「" + e.getKey() + "」在 " + CATEGORIES + " 中不存在。请改正代码或补充该一级指标。"));
                }
            }
        }

        List<IndicatorSystem> result = new ArrayList<>();
        Set<String> systemCodes = new HashSet<>();
        for (CsvTable.Row row : systems.rows()) {
            String code = code(systems, row, "代码", systemCodes);
            BigDecimal total = score(systems, row, "总分");
            List<Category> own = categoriesBySystem.getOrDefault(code, List.of());
            if (own.isEmpty() && !code.isEmpty()) {
                problems.add(new PlanProblem(SYSTEMS, row.line(), "代码",
                        "指标体系「" + code + "」没有任何一级指标。请在 " + CATEGORIES + " 中补充。"));
            }
            BigDecimal sum = own.stream().map(Category::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total != null && !own.isEmpty() && !uncheckedSums.contains(code) && sum.compareTo(total) != 0) {
                problems.add(new PlanProblem(SYSTEMS, row.line(), "总分",
                        "指标体系「" + row.get("名称") + "」总分为 " + plain(total) + "，但其一级指标分值合计为 "
                                + plain(sum) + "。请改正，使一级指标之和等于总分。"));
            }
            result.add(new IndicatorSystem(code, required(systems, row, "名称"), required(systems, row, "简称"),
                    positiveInt(systems, row, "附件序号"), total == null ? BigDecimal.ZERO : total,
                    orDefault(row.get("二级指标列名"), "二级指标"), orDefault(row.get("考核内容列名"), "考核内容"),
                    row.get("一票否决说明"), own));
        }
        for (Map.Entry<String, List<Category>> e : categoriesBySystem.entrySet()) {
            if (!systemCodes.contains(e.getKey())) {
                for (Category c : e.getValue()) {
                    problems.add(new PlanProblem(CATEGORIES, categoryRows.get(c.code()).line(), "体系",
                            "体系代码「" + e.getKey() + "」在 " + SYSTEMS + " 中不存在。请改正。"));
                }
            }
        }
        if (systems.rows().isEmpty() && problems.stream().noneMatch(p -> p.file().equals(SYSTEMS))) {
            problems.add(new PlanProblem(SYSTEMS, 0, null, "没有任何指标体系。"));
        }
        return result;
    }

    private List<Veto> buildVetoes(CsvTable vetoes, Set<String> systemCodes) {
        List<Veto> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : vetoes.rows()) {
            String code = code(vetoes, row, "代码", codes);
            String system = knownSystem(vetoes, row, required(vetoes, row, "体系"), "体系", systemCodes);
            String effectText = required(vetoes, row, "后果");
            VetoEffect effect = VetoEffect.fromLabel(effectText).orElse(null);
            if (effect == null && !effectText.isEmpty()) {
                problems.add(new PlanProblem(VETOES, row.line(), "后果", "「" + effectText + "」不是可用的后果。可填："
                        + VetoEffect.LOSE_EXCELLENCE.label() + " 或 " + VetoEffect.GRADE_POOR.label() + "。"));
            }
            List<String> applies = new ArrayList<>();
            String appliesText = row.get("适用体系");
            if (appliesText.isEmpty()) {
                applies.add(system);
            } else {
                for (String s : appliesText.split("[、,，;；\\s]+")) {
                    applies.add(knownSystem(vetoes, row, s, "适用体系", systemCodes));
                }
            }
            result.add(new Veto(code, positiveInt(vetoes, row, "序号"), system, required(vetoes, row, "情形"),
                    effect == null ? VetoEffect.LOSE_EXCELLENCE : effect, applies));
        }
        return result;
    }

    private String knownSystem(CsvTable table, CsvTable.Row row, String code, String column, Set<String> systemCodes) {
        if (!code.isEmpty() && !systemCodes.contains(code)) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column,
                    "体系代码「" + code + "」在 " + SYSTEMS + " 中不存在。可用：" + String.join("、", systemCodes) + "。"));
        }
        return code;
    }

    private List<AssessedUnit> buildUnits(CsvTable units) {
        List<AssessedUnit> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        for (CsvTable.Row row : units.rows()) {
            String code = code(units, row, "代码", codes);
            String name = required(units, row, "名称");
            Integer firstLine = names.putIfAbsent(name, row.line());
            if (firstLine != null && !name.isEmpty()) {
                problems.add(new PlanProblem(UNITS, row.line(), "名称",
                        "单位名称「" + name + "」重复，第" + firstLine + "行已有。请删除重复行或改正名称。"));
            }
            String groupText = required(units, row, "分组");
            UnitGroup group = UnitGroup.fromLabel(groupText).orElse(null);
            if (group == null && !groupText.isEmpty()) {
                problems.add(new PlanProblem(UNITS, row.line(), "分组", "未知的分组「" + groupText + "」。可填："
                        + UnitGroup.STREET.label() + " 或 " + UnitGroup.DEPARTMENT.label() + "。"));
            }
            String kind = row.get("类型");
            result.add(new AssessedUnit(code, name, group == null ? UnitGroup.DEPARTMENT : group,
                    kind.isEmpty() ? groupText : kind));
        }
        if (units.rows().isEmpty() && problems.stream().noneMatch(p -> p.file().equals(UNITS))) {
            problems.add(new PlanProblem(UNITS, 0, null, "没有任何被考核单位。"));
        }
        return result;
    }

    private Map<String, List<String>> buildLists(CsvTable lists) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (CsvTable.Row row : lists.rows()) {
            String name = required(lists, row, "列表");
            String value = required(lists, row, "值");
            List<String> values = result.computeIfAbsent(name, k -> new ArrayList<>());
            if (values.contains(value)) {
                problems.add(new PlanProblem(LISTS, row.line(), "值", "列表「" + name + "」中「" + value + "」重复。"));
            }
            values.add(value);
        }
        for (String name : List.of(Plan.LIST_PROJECT_SOURCES, Plan.LIST_ISSUE_CATEGORIES, Plan.LIST_ISSUE_STATUSES,
                Plan.LIST_ASSESSORS)) {
            if (!result.containsKey(name) && problems.stream().noneMatch(p -> p.file().equals(LISTS))) {
                problems.add(new PlanProblem(LISTS, 0, "列表", "缺少列表「" + name + "」，填报表的下拉选项需要它。"));
            }
        }
        return result;
    }

    // --- cell readers: each records a problem and returns a neutral value so reading can go on ---

    private String required(CsvTable table, CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column, "不能为空。请填写「" + column + "」。"));
        }
        return v;
    }

    private String code(CsvTable table, CsvTable.Row row, String column, Set<String> seen) {
        String v = required(table, row, column);
        if (!v.isEmpty() && !seen.add(v)) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column,
                    "代码「" + v + "」重复。每个代码只能出现一次，请改为唯一的代码。"));
        }
        if (!v.isEmpty() && !v.matches("[A-Za-z0-9_-]{1,32}")) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column,
                    "代码「" + v + "」只能由字母、数字、“-”和“_”组成（最多32个字符）。"));
        }
        return v;
    }

    private BigDecimal score(CsvTable table, CsvTable.Row row, String column) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                problems.add(new PlanProblem(table.fileName(), row.line(), column, "分值「" + v + "」不能为负数。"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(new PlanProblem(table.fileName(), row.line(), column,
                    "「" + v + "」不是数字。请填写阿拉伯数字，例如 3 或 2.5。"));
            return null;
        }
    }

    private int positiveInt(CsvTable table, CsvTable.Row row, String column) {
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
        problems.add(new PlanProblem(table.fileName(), row.line(), column, "「" + v + "」应为正整数。"));
        return 0;
    }

    private static int lineOf(CsvTable table, String code) {
        return table.rows().stream().filter(r -> r.get("代码").equals(code)).mapToInt(CsvTable.Row::line).findFirst().orElse(0);
    }

    private static String orDefault(String v, String dflt) {
        return v.isEmpty() ? dflt : v;
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
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
                problem("scoring.grade.excellent", "「" + scoring.excellentGrade() + "」不在 scoring.grade-bands 的等次中。");
            }
            if (scoring.gradeBands().stream().noneMatch(b -> b.grade().equals(scoring.poorGrade()))
                    && !scoring.gradeBands().isEmpty()) {
                problem("scoring.grade.poor", "「" + scoring.poorGrade() + "」不在 scoring.grade-bands 的等次中。");
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
                problem("notice.document-number-pattern", "发文字号格式必须含有 {number}（序号），例如 朝政办发〔{year}〕{number}号。");
            }
            NoticeSettings notice = new NoticeSettings(text("notice.issuer"), text("notice.mark"), pattern,
                    number("notice.year", 1900, 9999), number("notice.number", 1, 99999), text("notice.title"),
                    text("notice.addressees"), date("notice.date"), text("notice.copy-to"), text("notice.printer"),
                    date("notice.print-date"), fonts);
            FormSettings forms = new FormSettings(text("forms.template-version"),
                    number("forms.registration.rows", 1, 500), number("forms.ledger.rows", 1, 500));
            String planCode = text("plan.code");
            if (!planCode.isEmpty() && !planCode.matches("[A-Za-z0-9_-]{1,40}")) {
                problem("plan.code", "方案代码「" + planCode + "」只能由字母、数字、“-”和“_”组成。");
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
                problem(key, "缺少设置项 " + key + "。请补上（可参照默认方案）。");
                return "";
            }
            return e.value();
        }

        private <T> T parsed(String key, Function<String, T> parser, String what, T fallback) {
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
            problem(key, "「" + v + "」不是有效的" + what + "。");
            return fallback;
        }

        private int number(String key, int min, int max) {
            Integer n = parsed(key, v -> {
                int i = Integer.parseInt(v);
                return i >= min && i <= max ? i : null;
            }, "整数（" + min + "～" + max + "）", min);
            return n;
        }

        private LocalDate date(String key) {
            return parsed(key, LocalDate::parse, "日期（格式 2010-02-20）", LocalDate.of(2000, 1, 1));
        }

        private BigDecimal quota() {
            return parsed("scoring.commendation.quota", v -> {
                BigDecimal d = v.endsWith("%") ? new BigDecimal(v.substring(0, v.length() - 1).strip()).movePointLeft(2)
                        : new BigDecimal(v);
                return d.signum() > 0 && d.compareTo(BigDecimal.ONE) <= 0 ? d : null;
            }, "比例（大于 0、不超过 100%，例如 20%）", new BigDecimal("0.20"));
        }

        private <E extends Enum<E> & LabeledOption> E option(String key, Class<E> type) {
            E fallback = type.getEnumConstants()[0];
            return parsed(key, v -> LabeledOption.parse(type, v).orElse(null),
                    "选项，可填：" + LabeledOption.choices(type), fallback);
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
                    problem(key, "「" + part.strip() + "」格式不对。应为“等次:最低分”，从高到低排列，例如 优秀:90, 良好:80, 一般:60, 较差:0。");
                    return List.of();
                }
            }
            if (previous != null && previous.signum() != 0) {
                problem(key, "最后一档的最低分应为 0，否则低分单位没有等次。");
            }
            return bands;
        }
    }
}
