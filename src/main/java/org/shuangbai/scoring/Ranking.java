package org.shuangbai.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.RankTie;

/** Ranks within one group and system: by total descending, equal totals share a rank. */
public final class Ranking {
    /**
     * The listing order: scored units by total descending, ties and unscored units by unit code,
     * unscored units last.
     */
    public static final Comparator<UnitResult> LISTING = Comparator
            .comparing((UnitResult r) -> r.status() == UnitStatus.SCORED ? 0 : 1)
            .thenComparing(UnitResult::total, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.unit().code());

    private Ranking() {
    }

    /** Ranks of the scored units among {@code group}; units not scored get no entry. */
    static Map<String, Integer> ranks(List<UnitResult> group, RankTie tie) {
        List<UnitResult> scored = group.stream().filter(r -> r.status() == UnitStatus.SCORED).sorted(LISTING).toList();
        Map<String, Integer> ranks = new HashMap<>();
        int distinctAbove = 0;
        for (int i = 0; i < scored.size(); i++) {
            UnitResult r = scored.get(i);
            boolean tiedWithPrevious = i > 0 && scored.get(i - 1).total().compareTo(r.total()) == 0;
            if (tiedWithPrevious) {
                ranks.put(r.unit().code(), ranks.get(scored.get(i - 1).unit().code()));
            } else {
                distinctAbove++;
                ranks.put(r.unit().code(), tie == RankTie.DENSE ? distinctAbove : i + 1);
            }
        }
        return ranks;
    }

    public static List<UnitResult> listed(List<UnitResult> results) {
        return results.stream().sorted(LISTING).toList();
    }
}
