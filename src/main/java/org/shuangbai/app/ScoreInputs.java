package org.shuangbai.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import org.shuangbai.scoring.ScoredYear;
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
     * Scores from an open ledger, all values at once (the results keep every source cell: the result
     * files list them). In its own frame so that the ledger's values (a million at 10,000 units) are
     * garbage once scored, before documents are rendered.
     */
    static Results score(EvaluationRules rules, Plan plan, Ledger ledger, List<FormStatus> statuses) {
        Imported imported = new Imported(plan, rules, ledger);
        Map<String, List<RecordedValue>> byUnit = new LinkedHashMap<>();
        for (RecordedValue v : ledger.currentValues(FormKind.SCORE)) {
            byUnit.computeIfAbsent(v.unitCode(), k -> new ArrayList<>()).add(v);
        }
        List<SheetValue> values = new ArrayList<>();
        byUnit.forEach((unit, recorded) -> values.addAll(imported.sheetValues(unit, recorded)));
        Results results = Scoring.score(plan, values, bodyValues(plan, ledger), rejectedUnits(statuses));
        return imported.none() ? results
                : new Results(plan, results.units(), results.commendations(), imported.rules(results.rules()),
                        results.statistics());
    }

    /**
     * The same scores read from the ledger unit by unit (a unit's score sheets, then the bodies' cells about
     * it), holding the units' summaries only: what the documents need, in memory that does not grow with
     * the year's values. The ledger is read again for each letter, from the rendering threads, one read at
     * a time; it must stay open (and the workspace locked) until the last letter is made.
     */
    static ScoredYear scoreByUnit(EvaluationRules rules, Plan plan, Ledger ledger, List<FormStatus> statuses) {
        Imported imported = new Imported(plan, rules, ledger);
        Set<String> rejected = rejectedUnits(statuses);
        List<String> bodies = plan.assessors().active()
                ? plan.assessors().bodies().stream().map(org.shuangbai.plan.Assessor::code).toList() : List.of();
        ScoredYear year = ScoredYear.score(plan, unit -> {
            synchronized (ledger) {
                List<SheetValue> sheets = imported.sheetValues(unit.code(),
                        ledger.currentValues(FormKind.SCORE, List.of(unit.code()), ""));
                List<SheetValue> cells = new ArrayList<>();
                ledger.currentValues(FormKind.ASSESSOR, bodies, unit.code() + "/")
                        .forEach(v -> bodyValue(v).ifPresent(cells::add));
                return new ScoredYear.UnitInputs(sheets, cells, rejected.contains(unit.code()));
            }
        });
        return imported.none() ? year : year.withRules(imported.rules(year.summary().rules()));
    }

    /**
     * The 公共评议 scores the imports give (scored, not owed), by unit: they stand for the score sheets'
     * figures of their indicators.
     */
    private static final class Imported {
        private final EvaluationRules rules;
        private final Map<String, List<PublicScore>> byUnit = new HashMap<>();
        private final String assessor = Messages.text("evaluation.score.assessor");

        Imported(Plan plan, EvaluationRules rules, Ledger ledger) {
            this.rules = rules;
            publicScores(plan, rules, ledger).forEach(s -> byUnit.computeIfAbsent(s.unitCode(), k -> new ArrayList<>())
                    .add(s));
        }

        boolean none() {
            return byUnit.isEmpty();
        }

        /** The rule sentences with the one saying how imported scores count. */
        List<String> rules(List<String> sentences) {
            List<String> out = new ArrayList<>(sentences);
            out.add(Messages.text("evaluation.score.rule", "assessor", assessor));
            return out;
        }

        /**
         * One unit's score sheet values as scoring reads them: the imported scores replace the sheets' score
         * and note of their indicators (the unit's self score stays) and are added as a source of their own.
         */
        List<SheetValue> sheetValues(String unitCode, List<RecordedValue> recorded) {
            List<PublicScore> scores = byUnit.getOrDefault(unitCode, List.of());
            Set<FieldKey> replaced = new HashSet<>();
            scores.forEach(s -> {
                replaced.add(FieldKey.score(s.indicatorCode()));
                replaced.add(FieldKey.note(s.indicatorCode()));
            });
            List<SheetValue> values = new ArrayList<>();
            for (RecordedValue v : recorded) {
                if (!replaced.contains(v.field())) {
                    values.add(new SheetValue(v.unitCode(), v.assessor(), v.submissionId(), v.field(), v.value(),
                            v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
                }
            }
            if (values.isEmpty()) {
                return values; // raw data alone does not score a unit whose score sheets are not in
            }
            for (PublicScore s : scores) {
                String files = s.parts().stream().flatMap(p -> p.sources().stream()).map(ChannelPart.Source::fileName)
                        .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Lists.enumerating());
                values.add(new SheetValue(s.unitCode(), assessor, SheetValue.RAW_DATA,
                        FieldKey.score(s.indicatorCode()), Numbers.plain(s.score()), files, "", "", ""));
                values.add(new SheetValue(s.unitCode(), assessor, SheetValue.RAW_DATA,
                        FieldKey.note(s.indicatorCode()), note(rules, s), files, "", "", ""));
            }
            return values;
        }
    }

    /** The plan's 公共评议 rules (empty when it has none), read before the ledger is. */
    static EvaluationRules rules(Workspace workspace, Plan plan) throws PlanException {
        return EvaluationRulesReader.load(workspace.planDir(), plan);
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
            bodyValue(v).ifPresent(values::add);
        }
        return values;
    }

    /** A body's cell as scoring reads it: the unit its matrix cell names, the body as the assessor. */
    private static Optional<SheetValue> bodyValue(RecordedValue v) {
        String unit = v.field() instanceof FieldKey.UnitIndicatorField f ? f.unitCode()
                : v.field() instanceof FieldKey.UnitVetoField f ? f.unitCode() : null;
        return unit == null ? Optional.empty() : Optional.of(new SheetValue(unit, v.unitCode(), v.submissionId(),
                v.field(), v.value(), v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
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
