package org.shuangbai.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * A year's results for the documents: every unit's {@link UnitResult#summary() summary} ranked together
 * (ranks, grades, 先进单位, statistics: what the notice and the N-row tables print) and, one unit at a
 * time, the unit's whole result (what its letter prints). Made by {@link #score} unit by unit from the
 * units' inputs, the whole result is scored again from them when asked, so that memory grows with the
 * summaries (a few hundred bytes a unit) and not with the year's values and source cells (tens of
 * kilobytes a unit, more than a gigabyte at 50,000 units).
 */
public final class ScoredYear {
    /**
     * Where one unit's inputs are read (the ledger, through the application layer). Asked once per unit
     * while the year is ranked and again for each letter, from the threads that render them, and must
     * answer the same each time.
     */
    @FunctionalInterface
    public interface Inputs {
        UnitInputs of(AssessedUnit unit);
    }

    /**
     * One unit's inputs to scoring: the values of its current score sheets, the assessing bodies' cells
     * about it (assessor = the body's code) and whether its score sheet was returned to it.
     */
    public record UnitInputs(List<SheetValue> scoreValues, List<SheetValue> bodyValues, boolean rejected) {
    }

    private final Results summary;
    private final Function<AssessedUnit, List<UnitResult>> units;

    private ScoredYear(Results summary, Function<AssessedUnit, List<UnitResult>> units) {
        this.summary = summary;
        this.units = units;
    }

    /**
     * Scores every unit from its inputs, keeping only the summaries, and ranks them: the same ranks,
     * grades, 先进单位 and statistics as {@link Scoring#score} over all the values at once.
     */
    public static ScoredYear score(Plan plan, Inputs inputs) {
        List<UnitResult> summaries = new ArrayList<>();
        SharedSummaries shared = new SharedSummaries();
        for (AssessedUnit unit : plan.units()) {
            for (UnitResult r : scoreUnit(plan, unit, inputs)) {
                summaries.add(shared.summary(r));
            }
        }
        Results ranked = Scoring.ranked(plan, summaries);
        Map<String, List<UnitResult>> byUnit = byUnit(ranked);
        return new ScoredYear(ranked, unit -> rescored(plan, unit, inputs, byUnit.getOrDefault(unit.code(), List.of())));
    }

    /** Results scored whole ({@link Scoring#score}) and held, without their source cells. */
    public static ScoredYear held(Results results) {
        Results slim = results.withoutSources();
        Map<String, List<UnitResult>> byUnit = byUnit(slim);
        return new ScoredYear(slim, unit -> byUnit.getOrDefault(unit.code(), List.of()));
    }

    /** Every unit's result in every system (for a year made by {@link #score}, without indicators), ranked. */
    public Results summary() {
        return summary;
    }

    /** One unit's whole results, one per system in plan order, ranked, without source cells. */
    public List<UnitResult> unit(AssessedUnit unit) {
        return units.apply(unit);
    }

    /** The same year stated by other rule sentences (see {@link Results#rules()}). */
    public ScoredYear withRules(List<String> rules) {
        return new ScoredYear(new Results(summary.plan(), summary.units(), summary.commendations(), rules,
                summary.statistics()), units);
    }

    private static List<UnitResult> scoreUnit(Plan plan, AssessedUnit unit, Inputs inputs) {
        UnitInputs in = inputs.of(unit);
        return Scoring.unit(plan, unit, in.scoreValues(), in.bodyValues(), in.rejected());
    }

    /**
     * The unit scored again, with the rank and commendation its summary got. A letter must say what the
     * notice's tables say of the unit: inputs that answer differently the second time are a failure, not
     * a letter.
     */
    private static List<UnitResult> rescored(Plan plan, AssessedUnit unit, Inputs inputs, List<UnitResult> ranked) {
        List<UnitResult> out = new ArrayList<>();
        for (UnitResult r : scoreUnit(plan, unit, inputs)) {
            UnitResult held = ranked.stream().filter(s -> s.systemCode().equals(r.systemCode())).findFirst()
                    .orElseThrow(() -> changed(unit));
            UnitResult whole = r.withRank(held.rank(), held.commended()).withoutSources();
            if (!whole.summary().equals(held)) {
                throw changed(unit);
            }
            out.add(whole);
        }
        return out;
    }

    private static IllegalStateException changed(AssessedUnit unit) {
        // The ledger took new values (a file ingested meanwhile): a letter would disagree with the tables.
        return new IllegalStateException(Messages.text("scoring.year.changed", "code", unit.code(), "name", unit.name()));
    }

    private static Map<String, List<UnitResult>> byUnit(Results results) {
        Map<String, List<UnitResult>> byUnit = new HashMap<>();
        for (UnitResult r : results.units()) {
            byUnit.computeIfAbsent(r.unit().code(), k -> new ArrayList<>()).add(r);
        }
        // kept until the last letter: a unit's one or two results without an ArrayList's spare room
        // (about half of this map's 1.2 MB at 10,000 units)
        byUnit.replaceAll((code, unitResults) -> List.copyOf(unitResults));
        return byUnit;
    }
}
