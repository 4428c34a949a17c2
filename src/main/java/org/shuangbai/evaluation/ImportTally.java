package org.shuangbai.evaluation;

import java.util.List;

import org.shuangbai.tables.RawRows;

/**
 * The outcome of reading one export: the header found and the format it matched, where every row
 * went, the per-unit tallies, and the units not in the plan. The listed rows (bad, repeated) went to
 * the listener as they were met.
 *
 * @param headerLine the line of the header row (rows above it are titles, counted as such)
 * @param titleRows  non-empty rows above the header
 */
public record ImportTally(long headerLine, long titleRows, ColumnMapping mapping, ImportCounts counts,
                          List<UnitChannelTally> tallies, List<UnknownUnit> unknownUnits, RawRows.Read read) {

    public ImportTally {
        tallies = List.copyOf(tallies);
        unknownUnits = List.copyOf(unknownUnits);
    }

    /** The channels the file held rows of, in rule order of the mapping. */
    public List<String> channels() {
        return mapping.channels().stream().filter(c -> tallies.stream().anyMatch(t -> t.channelCode().equals(c)))
                .toList();
    }
}
