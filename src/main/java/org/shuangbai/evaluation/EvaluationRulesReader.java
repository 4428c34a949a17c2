package org.shuangbai.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangbai.plan.CsvTable;
import org.shuangbai.plan.LabeledOption;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Reads and checks the 公共评议 rule files of a plan folder. They are optional as a set (a plan without
 * them imports no ratings) but all four or none; every problem names file, line and column, as plan
 * check does for the other plan files.
 */
public final class EvaluationRulesReader {
    public static final String CHANNELS = "public-channels.csv";
    public static final String COLUMNS = "public-columns.csv";
    public static final String ANSWERS = "public-answers.csv";
    public static final String WEIGHTS = "public-weights.csv";
    public static final List<String> FILES = List.of(CHANNELS, COLUMNS, ANSWERS, WEIGHTS);

    private static final String LIST_SEPARATORS = PlanLoader.LIST_SEPARATORS;

    private final Plan plan;
    private final List<PlanProblem> problems;

    private EvaluationRulesReader(Plan plan, List<PlanProblem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /** Whether the plan folder has any of the rule files. */
    public static boolean present(Path planDir) {
        return FILES.stream().anyMatch(f -> Files.exists(planDir.resolve(f)));
    }

    /** The rules, or {@link EvaluationRules#NONE} when the folder has none; invalid rules throw. */
    public static EvaluationRules load(Path planDir, Plan plan) throws PlanException {
        List<PlanProblem> problems = new ArrayList<>();
        EvaluationRules rules = read(planDir, plan, problems);
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return rules;
    }

    /** The rules, collecting every problem (the plan check's way). */
    public static EvaluationRules read(Path planDir, Plan plan, List<PlanProblem> problems) {
        if (!present(planDir)) {
            return EvaluationRules.NONE;
        }
        int before = problems.size();
        for (String f : FILES) {
            if (!Files.exists(planDir.resolve(f))) {
                problems.add(new PlanProblem(f, 0, null, Messages.text("evaluation.problem.fileMissing",
                        "file", f, "files", Lists.enumeration(FILES))));
            }
        }
        if (problems.size() > before) {
            return EvaluationRules.NONE;
        }
        EvaluationRulesReader reader = new EvaluationRulesReader(plan, problems);
        List<Channel> channels = reader.channels(CsvTable.read(planDir, CHANNELS,
                List.of(RulesColumn.CODE, RulesColumn.NAME, RulesColumn.SCALE, RulesColumn.MIN_SAMPLE,
                        RulesColumn.SHORTFALL, RulesColumn.FROM, RulesColumn.TO),
                List.of(RulesColumn.ALIASES, RulesColumn.LOW, RulesColumn.HIGH), problems));
        Map<String, Channel> byCode = new LinkedHashMap<>();
        channels.forEach(c -> byCode.putIfAbsent(c.code(), c));
        List<ImportField> fieldColumns = List.of(ImportField.values());
        List<ColumnMapping> mappings = reader.mappings(CsvTable.read(planDir, COLUMNS,
                List.of(RulesColumn.CHANNEL, ImportField.UNIT, ImportField.RESPONDENT, ImportField.ANSWER,
                        ImportField.TIME),
                fieldColumns.stream().filter(f -> !f.required()).toList(), problems), byCode);
        Map<String, Map<String, Points>> answers = reader.answers(CsvTable.read(planDir, ANSWERS,
                List.of(RulesColumn.CHANNEL, RulesColumn.ANSWER, RulesColumn.POINTS), List.of(), problems), byCode);
        Map<String, List<EvaluationRules.Weight>> weights = reader.weights(CsvTable.read(planDir, WEIGHTS,
                List.of(RulesColumn.INDICATOR, RulesColumn.CHANNEL, RulesColumn.WEIGHT), List.of(), problems), byCode);
        return new EvaluationRules(channels, mappings, answers, weights, fingerprint(planDir));
    }

    private List<Channel> channels(CsvTable table) {
        List<Channel> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, Integer> words = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = required(table, row, RulesColumn.CODE);
            if (!code.isEmpty() && !codes.add(code)) {
                problem(table, row, RulesColumn.CODE, Messages.text("plan.problem.duplicateCode", "code", code));
            }
            if (!code.isEmpty() && !code.matches("[A-Za-z0-9_-]{1,32}")) {
                problem(table, row, RulesColumn.CODE, Messages.text("plan.problem.codeCharacters", "code", code));
            }
            String name = required(table, row, RulesColumn.NAME);
            List<String> aliases = new ArrayList<>();
            for (String a : row.get(RulesColumn.ALIASES).split(LIST_SEPARATORS)) {
                if (!a.isEmpty()) {
                    aliases.add(a);
                }
            }
            List<String> all = new ArrayList<>(List.of(code, name));
            all.addAll(aliases);
            for (String w : new HashSet<>(all)) {
                Integer first = w.isEmpty() ? null : words.putIfAbsent(w, row.line());
                if (first != null) {
                    problem(table, row, RulesColumn.ALIASES,
                            Messages.text("evaluation.problem.channelWordTwice", "word", w, "first", first));
                }
            }
            AnswerScale scale = option(table, row, RulesColumn.SCALE, AnswerScale.class);
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ONE;
            if (scale == AnswerScale.SCORE) {
                BigDecimal l = decimal(table, row, RulesColumn.LOW, true);
                BigDecimal h = decimal(table, row, RulesColumn.HIGH, true);
                if (l != null && h != null) {
                    if (l.compareTo(h) >= 0) {
                        problem(table, row, RulesColumn.HIGH, Messages.text("evaluation.problem.scaleOrder",
                                "low", Numbers.plain(l), "high", Numbers.plain(h)));
                    } else {
                        low = l;
                        high = h;
                    }
                }
            }
            int minSample = positiveInt(table, row, RulesColumn.MIN_SAMPLE);
            Shortfall shortfall = option(table, row, RulesColumn.SHORTFALL, Shortfall.class);
            LocalDate from = date(table, row, RulesColumn.FROM);
            LocalDate to = date(table, row, RulesColumn.TO);
            if (from != null && to != null && from.isAfter(to)) {
                problem(table, row, RulesColumn.TO,
                        Messages.text("evaluation.problem.periodOrder", "from", from, "to", to));
            }
            out.add(new Channel(code, name, aliases, scale == null ? AnswerScale.GRADE : scale, low, high, minSample,
                    shortfall == null ? Shortfall.OWED : shortfall, from == null ? LocalDate.MIN : from,
                    to == null ? LocalDate.MAX : to));
        }
        if (table.rows().isEmpty() && problems.stream().noneMatch(p -> p.file().equals(CHANNELS))) {
            problems.add(new PlanProblem(CHANNELS, 0, null, Messages.text("evaluation.problem.noChannels")));
        }
        return out;
    }

    private List<ColumnMapping> mappings(CsvTable table, Map<String, Channel> channels) {
        List<ColumnMapping> out = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            List<String> codes = channelList(table, row, channels, false);
            Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
            Map<String, ImportField> seen = new HashMap<>();
            for (ImportField f : ImportField.values()) {
                String h = f.required() ? required(table, row, f) : row.get(f);
                if (h.isEmpty()) {
                    continue;
                }
                ImportField other = seen.putIfAbsent(h, f);
                if (other != null) {
                    problem(table, row, f, Messages.text("evaluation.problem.headerTwice", "header", h,
                            "other", other.label()));
                }
                headers.put(f, h);
            }
            if (codes.size() > 1 && !headers.containsKey(ImportField.CHANNEL)) {
                problem(table, row, ImportField.CHANNEL, Messages.text("evaluation.problem.channelColumnNeeded",
                        "channels", Lists.enumeration(codes), "column", ImportField.CHANNEL.label()));
            }
            mapped.addAll(codes);
            out.add(new ColumnMapping(codes, headers, row.line()));
        }
        for (String code : channels.keySet()) {
            if (!mapped.contains(code)) {
                problems.add(new PlanProblem(COLUMNS, 0, RulesColumn.CHANNEL.label(),
                        Messages.text("evaluation.problem.channelWithoutColumns", "channel", code)));
            }
        }
        return out;
    }

    private Map<String, Map<String, Points>> answers(CsvTable table, Map<String, Channel> channels) {
        Map<String, Map<String, Points>> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (String code : channels.keySet()) {
            out.put(code, new LinkedHashMap<>());
        }
        for (CsvTable.Row row : table.rows()) {
            List<String> codes = channelList(table, row, channels, true);
            String answer = required(table, row, RulesColumn.ANSWER);
            String text = required(table, row, RulesColumn.POINTS);
            Points points = null;
            if (Messages.matches("evaluation.notCounted", text)) {
                points = Points.NOT_COUNTED;
            } else if (!text.isEmpty()) {
                BigDecimal share = parse(text);
                if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    problem(table, row, RulesColumn.POINTS, Messages.text("evaluation.problem.points", "text", text,
                            "notCounted", Messages.text("evaluation.notCounted")));
                } else {
                    points = new Points(share);
                }
            }
            if (points == null || answer.isEmpty()) {
                continue;
            }
            for (String code : codes) {
                Integer first = lines.putIfAbsent(code + "\u0000" + answer, row.line());
                if (first != null) {
                    problem(table, row, RulesColumn.ANSWER, Messages.text("evaluation.problem.answerTwice",
                            "answer", answer, "channel", code, "first", first));
                }
                out.get(code).put(answer, points);
            }
        }
        for (Channel c : channels.values()) {
            if (c.scale() == AnswerScale.GRADE && out.get(c.code()).values().stream().noneMatch(Points::counted)) {
                problems.add(new PlanProblem(ANSWERS, 0, RulesColumn.CHANNEL.label(),
                        Messages.text("evaluation.problem.gradeWithoutAnswers", "channel", c.code())));
            }
        }
        return out;
    }

    private Map<String, List<EvaluationRules.Weight>> weights(CsvTable table, Map<String, Channel> channels) {
        Map<String, List<EvaluationRules.Weight>> out = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String indicator = required(table, row, RulesColumn.INDICATOR);
            if (!indicator.isEmpty() && plan.indicator(indicator).isEmpty()) {
                problem(table, row, RulesColumn.INDICATOR,
                        Messages.text("evaluation.problem.unknownIndicator", "indicator", indicator));
            }
            String channel = required(table, row, RulesColumn.CHANNEL);
            if (!channel.isEmpty() && !channels.containsKey(channel)) {
                problem(table, row, RulesColumn.CHANNEL, Messages.text("evaluation.problem.unknownChannel",
                        "channel", channel, "file", CHANNELS));
            }
            BigDecimal weight = decimal(table, row, RulesColumn.WEIGHT, true);
            if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
                problem(table, row, RulesColumn.WEIGHT,
                        Messages.text("evaluation.problem.weightRange", "text", Numbers.plain(weight)));
                weight = null;
            }
            Integer first = firstLine.putIfAbsent(indicator + "\u0000" + channel, row.line());
            if (first != null) {
                problem(table, row, RulesColumn.CHANNEL, Messages.text("evaluation.problem.weightTwice",
                        "indicator", indicator, "channel", channel, "first", first));
            }
            out.computeIfAbsent(indicator, k -> new ArrayList<>())
                    .add(new EvaluationRules.Weight(channel, weight == null ? BigDecimal.ZERO : weight, row.line()));
        }
        for (Map.Entry<String, List<EvaluationRules.Weight>> e : out.entrySet()) {
            BigDecimal sum = e.getValue().stream().map(EvaluationRules.Weight::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0 && e.getValue().stream().allMatch(w -> w.weight().signum() > 0)) {
                problems.add(new PlanProblem(WEIGHTS, e.getValue().get(0).line(), RulesColumn.WEIGHT.label(),
                        Messages.text("evaluation.problem.weightSum", "indicator", e.getKey(),
                                "sum", Numbers.plain(sum))));
            }
        }
        return out;
    }

    /** The channel codes a cell lists (several separated by 、), or every channel for 全部 where allowed. */
    private List<String> channelList(CsvTable table, CsvTable.Row row, Map<String, Channel> channels, boolean allAllowed) {
        String text = required(table, row, RulesColumn.CHANNEL);
        if (allAllowed && Messages.matches("evaluation.allChannels", text)) {
            return List.copyOf(channels.keySet());
        }
        List<String> out = new ArrayList<>();
        for (String code : text.split(LIST_SEPARATORS)) {
            if (code.isEmpty()) {
                continue;
            }
            if (!channels.containsKey(code)) {
                problem(table, row, RulesColumn.CHANNEL, Messages.text("evaluation.problem.unknownChannel",
                        "channel", code, "file", CHANNELS));
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    // --- cell readers: each records a problem and returns null so reading goes on ---

    private String required(CsvTable table, CsvTable.Row row, CsvTable.Column column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(table, row, column, Messages.text("plan.problem.required", "column", column.label()));
        }
        return v;
    }

    private BigDecimal decimal(CsvTable table, CsvTable.Row row, CsvTable.Column column, boolean needed) {
        String v = needed ? required(table, row, column) : row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        BigDecimal d = parse(v);
        if (d == null) {
            problem(table, row, column, Messages.text("plan.problem.notNumber", "text", v));
        }
        return d;
    }

    private int positiveInt(CsvTable table, CsvTable.Row row, CsvTable.Column column) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(table, row, column, Messages.text("plan.problem.notPositiveInteger", "text", v));
        return 1;
    }

    private LocalDate date(CsvTable table, CsvTable.Row row, CsvTable.Column column) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(table, row, column, Messages.text("plan.problem.notDate", "text", v));
            return null;
        }
    }

    private <E extends Enum<E> & LabeledOption> E option(CsvTable table, CsvTable.Row row, CsvTable.Column column,
                                                         Class<E> type) {
        String v = required(table, row, column);
        if (v.isEmpty()) {
            return null;
        }
        E e = LabeledOption.parse(type, v).orElse(null);
        if (e == null) {
            problem(table, row, column, Messages.text("plan.problem.notOption", "text", v,
                    "choices", LabeledOption.choices(type)));
        }
        return e;
    }

    private void problem(CsvTable table, CsvTable.Row row, CsvTable.Column column, String message) {
        problems.add(new PlanProblem(table.fileName(), row.line(), column.label(), message));
    }

    private static BigDecimal parse(String text) {
        return Channel.number(text);
    }

    private static String fingerprint(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                try (InputStream in = Files.newInputStream(dir.resolve(f))) {
                    digest.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
