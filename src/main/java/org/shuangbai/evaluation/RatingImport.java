package org.shuangbai.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.shuangbai.tables.ImportLimits;
import org.shuangbai.tables.RawFile;
import org.shuangbai.tables.RawFileRefused;
import org.shuangbai.tables.RawRow;
import org.shuangbai.tables.RawRows;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Reads one rating export in a single streaming pass and tallies it per unit and channel, applying
 * the rules in this order to each row (the order is printed with the results):
 * <ol>
 *   <li>a row whose unit, respondent, answer or time is missing or unreadable, whose answer is not in
 *       the channel's table nor a score in range, or whose cell is a formula, is bad: listed with what
 *       to do, not used;</li>
 *   <li>a unit the plan does not have: counted under its name, not used;</li>
 *   <li>an answer outside the channel's period: counted, not used;</li>
 *   <li>a respondent's second answer to the same question for the same unit in the same channel:
 *       listed, not used (the first counts);</li>
 *   <li>an answer the table marks 不计入 (不了解): counted, not a valid answer;</li>
 *   <li>every other answer is valid; its respondent enters the unit's sample.</li>
 * </ol>
 * Memory holds the tallies (units × channels × distinct answers) and a bounded table of 64-bit hashes of
 * the answer keys and respondents met ({@link SeenHashes}: beyond it they go to sorted files), never the
 * rows: the heap is the same for 20,000 rows and for 2,000,000.
 */
public final class RatingImport {
    /** Rows between two progress calls. */
    public static final int PROGRESS_EVERY = 10_000;
    /**
     * Answer keys and respondents kept on the heap before they go to a sorted file (8 bytes each, in a
     * table at most three-quarters full): the heap stays the same however many respondents an export has.
     */
    static final int SEEN_IN_MEMORY = 1 << 18;
    /** Non-empty rows above the header an export may have (a title, an export date). */
    static final int MAX_TITLE_ROWS = 5;

    /** Hears of the rows listed and of progress, as the import goes. */
    public interface Listener {
        void note(RowNote note);

        /** {@code line} lines of {@code total} read (total 0 when unknown, as for .xlsx). */
        default void progress(long line, long total) {
        }
    }

    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:[ T]+\\d{1,2}[:：时]\\d{1,2}(?:分(?:\\d{1,2}秒)?|[:：]\\d{1,2}(?:\\.\\d+)?)?)?");

    private final RawFile file;
    private final EvaluationRules rules;
    private final String forcedChannel;
    private final Listener listener;
    private final Map<String, String> unitByName = new HashMap<>();
    private final Plan plan;

    private static final ImportField[] FIELDS = ImportField.values();
    private static final List<ImportField> REQUIRED = List.of(ImportField.UNIT, ImportField.RESPONDENT,
            ImportField.ANSWER, ImportField.TIME);

    private final List<RawRow> above = new ArrayList<>();
    private ColumnMapping mapping;
    /** The channels a row may belong to: the format's, or only the one the user named. */
    private List<String> rowChannels;
    /** Without a channel column, the channel of every row. */
    private Channel onlyChannel;
    private long headerLine;
    private int[] index;
    private final SeenHashes answered;
    private final SeenHashes sampled;
    private final Map<String, Builder> tallies = new TreeMap<>();
    private final Map<String, long[]> unknown = new LinkedHashMap<>();
    private long rows;
    private long valid;
    private long notCounted;
    private long repeats;
    private long outOfPeriod;
    private long unknownRows;
    private long bad;
    private long blank;

    private RatingImport(RawFile file, EvaluationRules rules, Plan plan, String forcedChannel, Listener listener,
                         int seenInMemory) {
        this.answered = new SeenHashes(seenInMemory);
        this.sampled = new SeenHashes(seenInMemory);
        this.file = file;
        this.rules = rules;
        this.plan = plan;
        this.forcedChannel = forcedChannel;
        this.listener = listener;
        for (AssessedUnit u : plan.units()) {
            unitByName.putIfAbsent(u.name(), u.code());
        }
    }

    /**
     * Reads {@code file}. A header that matches no export format of the rules (or not the forced
     * channel's) refuses the file whole, as does anything that stops it from being read to the end.
     *
     * @param forcedChannel the channel the user named (a code, name or alias), or null to recognise it
     */
    public static ImportTally run(RawFile file, EvaluationRules rules, Plan plan, String forcedChannel,
                                  ImportLimits limits, Listener listener) throws IOException, RawFileRefused {
        return run(file, rules, plan, forcedChannel, limits, listener, SEEN_IN_MEMORY);
    }

    /** As above, keeping at most {@code seenInMemory} hashes on the heap per kind (tests force spilling with few). */
    static ImportTally run(RawFile file, EvaluationRules rules, Plan plan, String forcedChannel, ImportLimits limits,
                           Listener listener, int seenInMemory) throws IOException, RawFileRefused {
        RatingImport in = new RatingImport(file, rules, plan, forcedChannel, listener, seenInMemory);
        try (SeenHashes a = in.answered; SeenHashes s = in.sampled) {
            RawRows.Read read = RawRows.read(file, limits, in::row);
            if (in.mapping == null) {
                throw in.wrongHeader();
            }
            listener.progress(file.lines(), file.lines());
            return in.tally(read);
        }
    }

    private void row(RawRow row) throws RawFileRefused {
        if (mapping == null) {
            header(row);
            return;
        }
        rows++;
        if (rows % PROGRESS_EVERY == 0) {
            listener.progress(row.line(), file.lines());
        }
        if (row.blank()) {
            blank++;
            return;
        }
        use(row);
    }

    // ---- the header ----

    private void header(RawRow row) throws RawFileRefused {
        if (row.blank()) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (String c : row.cells()) {
            cells.add(c == null ? "" : c.replace("\uFEFF", "").trim());
        }
        List<ColumnMapping> candidates = candidates().stream().filter(m -> m.matches(cells)).toList();
        if (candidates.isEmpty()) {
            above.add(row);
            if (above.size() > MAX_TITLE_ROWS) {
                throw wrongHeader();
            }
            return;
        }
        // the most specific format wins (one with a question column over one without)
        int most = candidates.stream().mapToInt(m -> m.headers().size()).max().orElse(0);
        List<ColumnMapping> best = candidates.stream().filter(m -> m.headers().size() == most).toList();
        if (best.size() > 1) {
            throw new RawFileRefused(Messages.text("evaluation.header.ambiguous", "channels",
                    best.stream().map(m -> Lists.enumeration(m.channels())).collect(Lists.clauses())),
                    Messages.text("evaluation.header.ambiguous.todo"));
        }
        mapping = best.get(0);
        rowChannels = forcedChannel == null ? mapping.channels()
                : List.of(rules.channels().stream().filter(c -> c.isNamedBy(forcedChannel)).findFirst().orElseThrow()
                .code());
        headerLine = row.line();
        index = new int[FIELDS.length];
        for (ImportField f : FIELDS) {
            String h = mapping.header(f);
            index[f.ordinal()] = h == null ? -1 : cells.indexOf(h);
        }
        onlyChannel = index[ImportField.CHANNEL.ordinal()] < 0 ? rules.channel(rowChannels.get(0)).orElseThrow() : null;
    }

    private List<ColumnMapping> candidates() throws RawFileRefused {
        if (forcedChannel == null) {
            return rules.mappings();
        }
        Channel c = rules.channels().stream().filter(ch -> ch.isNamedBy(forcedChannel)).findFirst()
                .orElseThrow(() -> new RawFileRefused(Messages.text("evaluation.header.unknownChannel",
                        "channel", forcedChannel, "channels", channelList()),
                        Messages.text("evaluation.header.unknownChannel.todo")));
        return rules.mappings().stream().filter(m -> m.channels().contains(c.code())).toList();
    }

    private String channelList() {
        return rules.channels().stream().map(c -> c.code() + " " + c.name()).collect(Lists.enumerating());
    }

    /** The file is refused whole: the rows it has where a header should be, and the headers the rules know. */
    private RawFileRefused wrongHeader() {
        String found = above.isEmpty() ? Messages.text("evaluation.header.noRows")
                : String.join(" | ", java.util.Arrays.stream(above.get(0).cells()).map(c -> c == null ? "" : c.trim())
                .toList());
        List<ColumnMapping> expected;
        try {
            expected = candidates();
        } catch (RawFileRefused e) {
            return e;
        }
        String formats = expected.stream().map(m -> Messages.text("evaluation.header.format",
                "channels", Lists.enumeration(m.channels()), "headers", Lists.enumeration(m.headers().values())))
                .collect(Lists.clauses());
        long line = above.isEmpty() ? 1 : above.get(0).line();
        return new RawFileRefused(Messages.text("evaluation.header.wrong", "line", line, "found", found,
                "formats", formats), Messages.text("evaluation.header.wrong.todo"));
    }

    // ---- one data row ----

    private String cell(RawRow row, ImportField f) {
        int i = index[f.ordinal()];
        return i < 0 ? "" : row.cell(i).trim();
    }

    private void use(RawRow row) {
        for (ImportField f : FIELDS) {
            int i = index[f.ordinal()];
            if (i >= 0 && row.formula(i)) {
                bad(row, null, null, null, Messages.text("evaluation.row.formula", "column", mapping.header(f)),
                        Messages.text("evaluation.row.formula.todo"));
                return;
            }
        }
        Channel channel = channel(row);
        if (channel == null) {
            return;
        }
        String unitText = cell(row, ImportField.UNIT);
        String respondent = cell(row, ImportField.RESPONDENT);
        String answerText = cell(row, ImportField.ANSWER);
        String timeText = cell(row, ImportField.TIME);
        for (ImportField f : REQUIRED) {
            if (cell(row, f).isEmpty()) {
                bad(row, channel.code(), null, null, Messages.text("evaluation.row.empty", "column", mapping.header(f)),
                        Messages.text("evaluation.row.fix.todo"));
                return;
            }
        }
        LocalDate day = day(timeText);
        if (day == null) {
            bad(row, channel.code(), null, timeText, Messages.text("evaluation.row.time", "column",
                    mapping.header(ImportField.TIME)), Messages.text("evaluation.row.time.todo"));
            return;
        }
        String answer = answer(row, channel, answerText);
        if (answer == null) {
            return;
        }
        String unit = plan.unit(unitText).isPresent() ? unitText : unitByName.get(unitText);
        if (unit == null) {
            unknownRows++;
            long[] u = unknown.computeIfAbsent(unitText, k -> new long[] {0, row.line()});
            u[0]++;
            return;
        }
        Builder tally = tallies.computeIfAbsent(unit + "\u0000" + channel.code(), k -> new Builder(unit, channel.code()));
        if (!channel.inPeriod(day)) {
            outOfPeriod++;
            tally.outOfPeriod++;
            return;
        }
        String question = cell(row, ImportField.QUESTION);
        if (!answered.add(LongHashSet.hash(unit, channel.code(), respondent, question))) {
            repeats++;
            tally.repeats++;
            listener.note(new RowNote(row.line(), RowNote.Kind.REPEAT, unit, channel.code(), respondent,
                    Messages.text(question.isEmpty() ? "evaluation.row.repeat" : "evaluation.row.repeatQuestion",
                            "respondent", respondent, "unit", unitText, "channel", channel.name(), "question", question),
                    null));
            return;
        }
        tally.answers.merge(answer, 1L, Long::sum);
        boolean counted = rules.points(channel.code(), answer).map(Points::counted).orElse(true);
        if (!counted) {
            notCounted++;
            return;
        }
        valid++;
        if (sampled.add(LongHashSet.hash(unit, channel.code(), respondent))) {
            tally.respondents++;
        }
    }

    /** The row's channel: its channel column's, or the format's only channel. Null (and listed) when unknown. */
    private Channel channel(RawRow row) {
        if (onlyChannel != null) {
            return onlyChannel;
        }
        List<String> among = rowChannels;
        String text = cell(row, ImportField.CHANNEL);
        Channel c = rules.channelNamed(text, among).orElse(null);
        if (c == null) {
            bad(row, null, null, text, Messages.text("evaluation.row.channel", "column", mapping.header(ImportField.CHANNEL),
                    "channels", rules.channels().stream().filter(ch -> among.contains(ch.code()))
                            .map(ch -> ch.aliases().isEmpty() ? ch.name() : Messages.text("evaluation.channel.withAliases",
                                    "name", ch.name(), "aliases", Lists.enumeration(ch.aliases())))
                            .collect(Lists.enumerating())), Messages.text("evaluation.row.fix.todo"));
        }
        return c;
    }

    /** The answer as tallied (a table word, or a score written plainly); null (and listed) when not an answer. */
    private String answer(RawRow row, Channel channel, String text) {
        if (rules.points(channel.code(), text).isPresent()) {
            return text;
        }
        BigDecimal score = channel.scale() == AnswerScale.SCORE ? Channel.number(text) : null;
        if (score != null) {
            if (channel.onScale(score)) {
                return Numbers.plain(score);
            }
            bad(row, channel.code(), null, text, Messages.text("evaluation.row.scoreRange", "column",
                    mapping.header(ImportField.ANSWER), "low", Numbers.plain(channel.low()),
                    "high", Numbers.plain(channel.high())), Messages.text("evaluation.row.fix.todo"));
            return null;
        }
        String words = Lists.enumeration(rules.answers().getOrDefault(channel.code(), Map.of()).keySet());
        bad(row, channel.code(), null, text, Messages.text(channel.scale() == AnswerScale.SCORE
                        ? "evaluation.row.answerOrScore" : "evaluation.row.answer",
                "column", mapping.header(ImportField.ANSWER), "channel", channel.name(), "answers", words,
                "low", Numbers.plain(channel.low()), "high", Numbers.plain(channel.high())),
                Messages.text("evaluation.row.answer.todo", "file", EvaluationRulesReader.ANSWERS));
        return null;
    }

    private void bad(RawRow row, String channel, String unit, String found, String what, String todo) {
        bad++;
        listener.note(new RowNote(row.line(), RowNote.Kind.BAD, unit, channel, found, what, todo));
    }

    /** The day a time cell names (2009-11-03, 2009/11/3 10:22, 2009年11月3日…); null when it names none. */
    static LocalDate day(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- the outcome ----

    private ImportTally tally(RawRows.Read read) {
        List<UnitChannelTally> out = new ArrayList<>();
        for (Builder b : tallies.values()) {
            out.add(new UnitChannelTally(b.unit, b.channel, b.respondents, b.answers, b.repeats, b.outOfPeriod));
        }
        // in plan order of units, then rule order of channels
        Map<String, Integer> unitOrder = new HashMap<>();
        for (int i = 0; i < plan.units().size(); i++) {
            unitOrder.putIfAbsent(plan.units().get(i).code(), i);
        }
        List<String> channelOrder = rules.channels().stream().map(Channel::code).toList();
        out.sort(Comparator.comparing((UnitChannelTally t) -> unitOrder.get(t.unitCode()))
                .thenComparing(t -> channelOrder.indexOf(t.channelCode())));
        List<UnknownUnit> unknownUnits = new ArrayList<>();
        unknown.forEach((name, v) -> unknownUnits.add(new UnknownUnit(name, v[0], v[1])));
        ImportCounts counts = new ImportCounts(rows, valid, notCounted, repeats, outOfPeriod, unknownRows, bad, blank);
        return new ImportTally(headerLine, above.size(), mapping, counts, out, unknownUnits, read);
    }

    private static final class Builder {
        final String unit;
        final String channel;
        final Map<String, Long> answers = new TreeMap<>();
        long respondents;
        long repeats;
        long outOfPeriod;

        Builder(String unit, String channel) {
            this.unit = unit;
            this.channel = channel;
        }
    }
}
