package org.shuangbai.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuangbai.evaluation.Channel;
import org.shuangbai.evaluation.ChannelPart;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.PublicScore;
import org.shuangbai.evaluation.PublicScores;
import org.shuangbai.evaluation.RowNote;
import org.shuangbai.evaluation.UnknownUnit;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.tables.TableFiles;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * The 公共评议 files of output/evaluation/: the scores per unit and indicator, each channel's part with
 * its sample, satisfaction and source files, the imports, the rows they listed, the units not in the
 * plan, and the rules as sentences. CSV (UTF-8 with BOM) and, for the tables people sort, XLSX; every
 * text from an export goes through the formula neutraliser.
 */
public final class EvaluationFiles {
    public static final String SCORES = Messages.text("evaluation.file.scores");
    public static final String CHANNELS = Messages.text("evaluation.file.channels");
    public static final String IMPORTS = Messages.text("evaluation.file.imports");
    public static final String NOTES = Messages.text("evaluation.file.notes");
    public static final String UNKNOWN_UNITS = Messages.text("evaluation.file.unknownUnits");
    public static final String RULES = Messages.text("evaluation.file.rules");

    /** An import with what it listed, as the ledger keeps it. */
    public record ImportDetail(ImportRecord record, List<RowNote> notes, List<UnknownUnit> unknownUnits) {
    }

    private EvaluationFiles() {
    }

    public static List<Path> write(Path dir, Plan plan, EvaluationRules rules, PublicScores scores,
                                   List<ImportDetail> imports) throws IOException {
        Files.createDirectories(dir);
        int year = plan.settings().year();
        List<Path> written = new ArrayList<>();
        List<List<Object>> scoreRows = new ArrayList<>();
        List<List<Object>> partRows = new ArrayList<>();
        for (PublicScore s : scores.all()) {
            AssessedUnit unit = plan.unit(s.unitCode()).orElseThrow();
            Indicator indicator = plan.indicator(s.indicatorCode()).orElseThrow();
            scoreRows.add(List.of(unit.code(), unit.name(), unit.group().label(), indicator.code(), indicator.name(),
                    indicator.maxScore(), s.owed() ? "" : s.score(), s.owed() ? "" : percent(s.rate()),
                    Messages.text(s.owed() ? "evaluation.status.owed" : "evaluation.status.scored"),
                    s.owedReason() == null ? "" : s.owedReason(), channelsText(rules, s),
                    Messages.text(s.stale() ? "evaluation.stale.yes" : "evaluation.stale.no")));
            for (ChannelPart p : s.parts()) {
                partRows.add(List.of(unit.code(), unit.name(), indicator.code(), channelName(rules, p.channelCode()),
                        p.weight(), BigDecimal.valueOf(p.respondents()), BigDecimal.valueOf(p.validAnswers()),
                        BigDecimal.valueOf(p.notCounted()), p.rate() == null ? "" : percent(p.rate()),
                        p.use().label(), sourcesText(p)));
            }
        }
        List<String> scoreHeader = columns("evaluation.col.unitCode", "evaluation.col.unitName", "evaluation.col.group",
                "evaluation.col.indicatorCode", "evaluation.col.indicator", "evaluation.col.maxScore",
                "evaluation.col.score", "evaluation.col.rate", "evaluation.col.status", "evaluation.col.owedReason",
                "evaluation.col.channels", "evaluation.col.stale");
        written.addAll(table(dir, SCORES, scoreHeader, scoreRows, new int[] {8, 20, 8, 9, 28, 6, 7, 9, 7, 30, 60, 8}, year));
        List<String> partHeader = columns("evaluation.col.unitCode", "evaluation.col.unitName",
                "evaluation.col.indicatorCode", "evaluation.col.channel", "evaluation.col.weight",
                "evaluation.col.respondents", "evaluation.col.valid", "evaluation.col.notCounted", "evaluation.col.rate",
                "evaluation.col.use", "evaluation.col.sources");
        written.addAll(table(dir, CHANNELS, partHeader, partRows, new int[] {8, 20, 9, 16, 6, 8, 8, 8, 9, 12, 50}, year));

        List<List<Object>> importRows = new ArrayList<>();
        List<List<Object>> noteRows = new ArrayList<>();
        List<List<Object>> unknownRows = new ArrayList<>();
        for (ImportDetail d : imports) {
            ImportRecord r = d.record();
            var c = r.counts();
            importRows.add(List.of(BigDecimal.valueOf(r.id()), r.fileName(), r.batch(), r.importedAt().toString(),
                    r.encoding().describe(), r.format(), r.sheet() == null ? "" : r.sheet(),
                    BigDecimal.valueOf(r.headerLine()), Lists.enumeration(r.channels()), BigDecimal.valueOf(c.rows()),
                    BigDecimal.valueOf(c.valid()), BigDecimal.valueOf(c.notCounted()), BigDecimal.valueOf(c.repeats()),
                    BigDecimal.valueOf(c.outOfPeriod()), BigDecimal.valueOf(c.unknownUnit()), BigDecimal.valueOf(c.bad()),
                    BigDecimal.valueOf(c.blank()), r.current() ? Messages.text("evaluation.import.current")
                            : Messages.text("evaluation.import.superseded", "id", r.supersededBy()), r.sha256()));
            if (!r.current()) {
                continue;
            }
            for (RowNote n : d.notes()) {
                noteRows.add(List.of(BigDecimal.valueOf(r.id()), r.fileName(), BigDecimal.valueOf(n.line()),
                        n.kind().label(),
                        n.channelCode() == null ? "" : n.channelCode(), n.found() == null ? "" : n.found(), n.what(),
                        n.todo() == null ? "" : n.todo()));
            }
            for (UnknownUnit u : d.unknownUnits()) {
                unknownRows.add(List.of(BigDecimal.valueOf(r.id()), r.fileName(), u.name(), BigDecimal.valueOf(u.rows()),
                        BigDecimal.valueOf(u.firstLine())));
            }
        }
        written.addAll(table(dir, IMPORTS, columns("evaluation.col.importId", "evaluation.col.file", "evaluation.col.batch",
                "evaluation.col.importedAt", "evaluation.col.encoding", "evaluation.col.format", "evaluation.col.sheet",
                "evaluation.col.headerLine", "evaluation.col.channel", "evaluation.col.rows", "evaluation.col.valid",
                "evaluation.col.notCounted", "evaluation.col.repeats", "evaluation.col.outOfPeriod",
                "evaluation.col.unknownUnit", "evaluation.col.bad", "evaluation.col.blank", "evaluation.col.importState",
                "evaluation.col.sha256"), importRows, new int[] {6, 24, 16, 22, 30, 6, 10, 6, 10, 9, 9, 7, 7, 7, 7, 7, 6, 14, 20},
                year));
        Path notes = dir.resolve(NOTES);
        TableFiles.csv(notes, columns("evaluation.col.importId", "evaluation.col.file", "evaluation.col.line",
                "evaluation.col.noteKind", "evaluation.col.channel", "evaluation.col.found", "evaluation.col.what",
                "evaluation.col.todo"), noteRows);
        written.add(notes);
        Path unknown = dir.resolve(UNKNOWN_UNITS);
        TableFiles.csv(unknown, columns("evaluation.col.importId", "evaluation.col.file", "evaluation.col.unitName",
                "evaluation.col.rows", "evaluation.col.firstLine"), unknownRows);
        written.add(unknown);
        Path rulesFile = dir.resolve(RULES);
        Files.writeString(rulesFile, String.join("\r\n", PublicScores.rulesText(plan, rules)) + "\r\n",
                StandardCharsets.UTF_8);
        written.add(rulesFile);
        return written;
    }

    static List<Path> table(Path dir, String name, List<String> header, List<List<Object>> rows, int[] widths,
                                    int year) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        Path xlsx = dir.resolve(name + ".xlsx");
        TableFiles.csv(csv, header, rows);
        TableFiles.xlsx(xlsx, name, header, rows, widths, year);
        return List.of(csv, xlsx);
    }

    /** 0.8531 → "85.31%", 0.85 → "85.00%". */
    public static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String channelName(EvaluationRules rules, String code) {
        return rules.channel(code).map(Channel::name).orElse(code);
    }

    /** One line per channel: 民意测评 权重 0.5，评议人 32，满意度 85.31%，来自 #3 问卷.csv */
    public static String channelsText(EvaluationRules rules, PublicScore s) {
        Function<ChannelPart, String> one = p -> Messages.text("evaluation.channelPart", "channel",
                channelName(rules, p.channelCode()), "weight", Numbers.plain(p.weight()), "respondents", p.respondents(),
                "valid", p.validAnswers(), "rate", p.rate() == null ? "—" : percent(p.rate()),
                "use", p.use().label(), "sources", sourcesText(p));
        return s.parts().stream().map(one).collect(Lists.clauses());
    }

    private static String sourcesText(ChannelPart p) {
        return p.sources().stream().map(src -> Messages.text("evaluation.source", "id", src.importId(),
                "file", src.fileName(), "respondents", src.respondents())).collect(Lists.enumerating());
    }

    private static List<String> columns(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(Messages.text(k));
        }
        return out;
    }

}
