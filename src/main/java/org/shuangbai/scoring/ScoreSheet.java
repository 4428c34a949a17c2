package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.shuangbai.plan.FieldKey;

/**
 * One current score sheet (考核评分表): the values one assessor returned for one unit in one
 * submission. The ledger decides which submissions are current; a sheet is identified by
 * (unit, assessor, submission) and nothing else.
 */
record ScoreSheet(String unitCode, String assessor, long submissionId, Map<FieldKey, SheetValue> fields) {

    /** Orders sheets the same way on every run, so dropped sheets and source lists are deterministic. */
    /** Whether a unit returned this sheet; submission 0 is a source computed from raw data instead. */
    boolean returned() {
        return submissionId != SheetValue.RAW_DATA;
    }

    static final Comparator<ScoreSheet> ORDER = Comparator.comparing(ScoreSheet::unitCode)
            .thenComparing(ScoreSheet::assessor)
            .thenComparingLong(ScoreSheet::submissionId);

    static Map<String, List<ScoreSheet>> byUnit(List<SheetValue> values) {
        Map<List<Object>, Map<FieldKey, SheetValue>> grouped = new LinkedHashMap<>();
        for (SheetValue v : values) {
            grouped.computeIfAbsent(List.of(v.unitCode(), v.assessor(), v.submissionId()), k -> new LinkedHashMap<>())
                    .put(v.field(), v);
        }
        Map<String, List<ScoreSheet>> byUnit = new TreeMap<>();
        grouped.forEach((key, fields) -> byUnit.computeIfAbsent((String) key.get(0), k -> new ArrayList<>())
                .add(new ScoreSheet((String) key.get(0), (String) key.get(1), (Long) key.get(2), fields)));
        byUnit.values().forEach(list -> list.sort(ORDER));
        return byUnit;
    }

    Optional<SheetValue> field(FieldKey code) {
        SheetValue v = fields.get(code);
        return v == null || v.value() == null || v.value().isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** A figure of this sheet with the cell it came from, if the field holds a number. */
    Optional<SourceCell> number(FieldKey code, Figures figures) {
        return field(code).flatMap(v -> {
            try {
                return Optional.of(new SourceCell(assessor, figures.of(new BigDecimal(v.value().trim())), v.sourceFile(),
                        v.sheet(), v.cell(), v.fileHash()));
            } catch (NumberFormatException e) {
                // Intake validates numbers; a non-number here is treated as not filled rather than as zero.
                return Optional.empty();
            }
        });
    }

    String text(FieldKey code) {
        return field(code).map(v -> v.value().trim()).orElse("");
    }
}
