package org.shuangbai.ledger;

import org.shuangbai.tables.TableFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.Workspace;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * 数据导出: the current values, one row per unit, form, assessor and field, with the file, sheet, cell
 * and file hash each came from, so anyone can audit a figure without the tool.
 */
public final class ValuesExport {

    private ValuesExport() {
    }

    /** The column names of the export. */
    public static List<String> header() {
        return List.of(Messages.text("ledger.export.column.unitCode"), Messages.text("ledger.export.column.unitName"),
                Messages.text("ledger.export.column.group"), Messages.text("ledger.export.column.form"),
                Messages.text("ledger.export.column.assessor"), Messages.text("ledger.export.column.field"),
                Messages.text("ledger.export.column.value"), Messages.text("ledger.export.column.file"),
                Messages.text("ledger.export.column.sheet"), Messages.text("ledger.export.column.cell"),
                Messages.text("ledger.export.column.sha256"));
    }

    /** What was written: the number of values and the two files. */
    public record Written(int values, List<Path> files) {
    }

    /** Writes output/export/values.csv and values.xlsx. */
    public static Written write(Workspace workspace, Plan plan, Ledger ledger) throws IOException {
        List<List<Object>> rows = rows(plan, ledger.currentValues());
        Path csv = workspace.exportDir().resolve("values.csv");
        Path xlsx = workspace.exportDir().resolve("values.xlsx");
        TableFiles.csv(csv, header(), rows);
        TableFiles.xlsx(xlsx, Messages.text("ledger.export.sheet"), header(), rows, new int[] {8, 26, 8, 14, 20, 18, 30, 40, 14, 8, 20},
                plan.settings().year());
        return new Written(rows.size(), List.of(csv, xlsx));
    }

    static List<List<Object>> rows(Plan plan, List<RecordedValue> values) {
        Map<String, Integer> order = new HashMap<>();
        for (AssessedUnit u : plan.units()) {
            order.put(u.code(), order.size());
        }
        // each value's unit and assessor worked out once, not in every comparison of the sort
        Map<String, String> bodyNames = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>(values.size());
        for (RecordedValue v : values) {
            String unit = unitOf(v);
            String assessor = v.form().heldByBody()
                    ? bodyNames.computeIfAbsent(v.unitCode(), body -> assessorOf(plan, v)) : v.assessor();
            keyed.add(new Keyed(order.getOrDefault(unit, Integer.MAX_VALUE), unit, assessor, v));
        }
        keyed.sort(Comparator.comparingInt(Keyed::order).thenComparing(Keyed::unit)
                .thenComparingInt(k -> k.value().form().ordinal()).thenComparing(Keyed::assessor)
                .thenComparingInt(k -> k.value().position()));
        List<List<Object>> rows = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            RecordedValue v = k.value();
            AssessedUnit unit = plan.unit(k.unit()).orElse(null);
            List<Object> row = new ArrayList<>(11);
            row.add(k.unit());
            row.add(unit == null ? Messages.text("ledger.export.unitNotInPlan") : unit.name());
            row.add(unit == null ? "" : unit.group().label());
            row.add(v.form().title());
            row.add(k.assessor());
            row.add(v.field().text());
            row.add(v.kind() == InputRule.Kind.DECIMAL ? new BigDecimal(v.value()) : v.value());
            row.add(v.sourcePath());
            row.add(v.sheet());
            row.add(v.cell());
            row.add(v.fileHash());
            rows.add(row);
        }
        return rows;
    }

    /** A value with what the export sorts it by. */
    private record Keyed(int order, String unit, String assessor, RecordedValue value) {
    }

    /** The unit a value is about: a body's workbook names it in each cell's field, a unit's form is its own. */
    static String unitOf(RecordedValue v) {
        if (v.field() instanceof FieldKey.UnitIndicatorField f) {
            return f.unitCode();
        }
        if (v.field() instanceof FieldKey.UnitVetoField f) {
            return f.unitCode();
        }
        return v.unitCode();
    }

    /** Who gave a value: the assessing body of a body's workbook, the assessor filled in on a score sheet. */
    static String assessorOf(Plan plan, RecordedValue v) {
        if (!v.form().heldByBody()) {
            return v.assessor();
        }
        return plan.assessors().body(v.unitCode()).map(b -> Messages.text("export.body", "code", b.code(), "name", b.name()))
                .orElse(v.unitCode());
    }
}
