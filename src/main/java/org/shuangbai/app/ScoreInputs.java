package org.shuangbai.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.shuangbai.Workspace;
import org.shuangbai.documents.EvaluationFiles;
import org.shuangbai.evaluation.Channel;
import org.shuangbai.evaluation.ChannelPart;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.evaluation.PublicScore;
import org.shuangbai.evaluation.PublicScores;
import org.shuangbai.evaluation.SourcedTally;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;
import org.shuangbai.scoring.SheetValue;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * What scoring reads, taken from the ledger: the current score sheets, the units whose sheet was
 * returned, and the 公共评议 scores computed from the raw imports. A 公共评议 indicator the imports score
 * is one source of its own (the assessor 公共评议原始数据, its import files as source, sample and
 * satisfaction as its note, which letters print) and the score sheets' figures for it are set aside; an
 * indicator the imports leave owed (too small a sample) keeps the score sheets' figures. The imported
 * score stands for its indicator even where the plan assigns the indicator to assessing bodies (their
 * scores then count only for units the imports leave owed). Without imports nothing changes.
 */
final class ScoreInputs {
    private ScoreInputs() {
    }

    /**
     * Scores from an open ledger. In its own frame so that the ledger's values (a million at 10,000
     * units) are garbage once scored, before documents are rendered.
     */
    static Results score(EvaluationRules rules, Plan plan, Ledger ledger, List<FormStatus> statuses) {
        List<PublicScore> fromImports = publicScores(plan, rules, ledger);
        Set<FieldKeyOfUnit> replaced = new HashSet<>();
        fromImports.forEach(s -> {
            // the sheets' score and the note explaining it are set aside; the unit's self score stays
            replaced.add(new FieldKeyOfUnit(s.unitCode(), FieldKey.score(s.indicatorCode())));
            replaced.add(new FieldKeyOfUnit(s.unitCode(), FieldKey.note(s.indicatorCode())));
        });
        List<SheetValue> values = new ArrayList<>();
        for (RecordedValue v : ledger.currentValues(FormKind.SCORE)) {
            if (replaced.contains(new FieldKeyOfUnit(v.unitCode(), v.field()))) {
                continue;
            }
            values.add(new SheetValue(v.unitCode(), v.assessor(), v.submissionId(), v.field(), v.value(),
                    v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
        }
        Set<String> withSheets = values.stream().map(SheetValue::unitCode).collect(Collectors.toSet());
        String assessor = Messages.text("evaluation.score.assessor");
        for (PublicScore s : fromImports) {
            if (!withSheets.contains(s.unitCode())) {
                continue; // raw data alone does not score a unit whose score sheets are not in
            }
            String files = s.parts().stream().flatMap(p -> p.sources().stream()).map(ChannelPart.Source::fileName)
                    .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Lists.enumerating());
            values.add(new SheetValue(s.unitCode(), assessor, SheetValue.RAW_DATA, FieldKey.score(s.indicatorCode()),
                    Numbers.plain(s.score()), files, "", "", ""));
            values.add(new SheetValue(s.unitCode(), assessor, SheetValue.RAW_DATA, FieldKey.note(s.indicatorCode()),
                    note(rules, s), files, "", "", ""));
        }
        Results results = Scoring.score(plan, values, bodyValues(plan, ledger), rejectedUnits(statuses));
        if (fromImports.isEmpty()) {
            return results;
        }
        List<String> sentences = new ArrayList<>(results.rules());
        sentences.add(Messages.text("evaluation.score.rule", "assessor", assessor));
        return new Results(plan, results.units(), results.commendations(), sentences, results.statistics());
    }

    /** The plan's 公共评议 rules (empty when it has none), read before the ledger is. */
    static EvaluationRules rules(Workspace workspace, Plan plan) throws PlanException {
        return EvaluationRulesReader.load(workspace.planDir(), plan);
    }

    private record FieldKeyOfUnit(String unitCode, FieldKey field) {
    }

    /** The scored (not owed) 公共评议 indicators of the current imports; none for a plan without rules. */
    private static List<PublicScore> publicScores(Plan plan, EvaluationRules rules, Ledger ledger) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<SourcedTally> tallies = ledger.evaluationImports().currentTallies();
        if (tallies.isEmpty()) {
            return List.of();
        }
        return PublicScores.compute(plan, rules, tallies).all().stream().filter(s -> !s.owed()).toList();
    }

    /** Sample and satisfaction per channel used, for the letter's notes: 民意测评 评议人 32，满意度 85.31%. */
    private static String note(EvaluationRules rules, PublicScore s) {
        return Messages.text("evaluation.score.note", "rate", EvaluationFiles.percent(s.rate()), "channels",
                s.parts().stream().filter(p -> p.use() == ChannelPart.Use.USED)
                        .map(p -> Messages.text("evaluation.score.notePart", "channel",
                                rules.channel(p.channelCode()).map(Channel::name).orElse(p.channelCode()),
                                "respondents", p.respondents(), "rate", EvaluationFiles.percent(p.rate())))
                        .collect(Lists.clauses()));
    }

    /**
     * The bodies' current workbooks: the holder of each is the body (its code as the assessor), the unit is the
     * one its matrix cell names. A plan without bodies reads none.
     */
    static List<SheetValue> bodyValues(Plan plan, Ledger ledger) {
        List<SheetValue> values = new ArrayList<>();
        if (!plan.assessors().active()) {
            return values;
        }
        for (RecordedValue v : ledger.currentValues(FormKind.ASSESSOR)) {
            String unit = v.field() instanceof FieldKey.UnitIndicatorField f ? f.unitCode()
                    : v.field() instanceof FieldKey.UnitVetoField f ? f.unitCode() : null;
            if (unit != null) {
                values.add(new SheetValue(unit, v.unitCode(), v.submissionId(), v.field(), v.value(),
                        v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
            }
        }
        return values;
    }

    /** Nothing received yet: every unit not scored. */
    static Results none(Plan plan) {
        return Scoring.score(plan, List.of(), Set.of());
    }

    /** Units whose latest score sheet was returned to them (reported as such when they have no current one). */
    static Set<String> rejectedUnits(List<FormStatus> statuses) {
        Set<String> rejected = new TreeSet<>();
        for (FormStatus s : statuses) {
            if (s.form() == FormKind.SCORE && s.state() == FormStatus.State.REJECTED) {
                rejected.add(s.unit().code());
            }
        }
        return rejected;
    }
}
