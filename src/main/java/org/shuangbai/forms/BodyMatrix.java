package org.shuangbai.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which unit row and which indicator (or veto) column a cell of an assessing body's workbook belongs to,
 * read from the layout's LABEL ids (the unit columns {@code <sheet>.row.<unit>.<part>}, the sub-headers
 * {@code <sheet>.col.<target>.<part>}): intake names both in words beside the cell of every problem.
 */
public final class BodyMatrix {
    /** The unit of a row and the indicator or veto code of a column. */
    public record Subject(String unitCode, String target) {
    }

    private static final java.util.regex.Pattern A1 = java.util.regex.Pattern.compile("[A-Z]{1,3}[1-9]\\d{0,6}");

    private final Map<String, Map<Integer, String>> units = new HashMap<>();
    private final Map<String, Map<Integer, String>> targets = new HashMap<>();

    private BodyMatrix() {
    }

    static String rowId(String sheetPrefix, String unitCode, String part) {
        return sheetPrefix + ".row." + unitCode + "." + part;
    }

    static String columnId(String sheetPrefix, String target, String part) {
        return sheetPrefix + ".col." + target + "." + part;
    }

    static String cellId(String sheetPrefix, String unitCode, String target, String part) {
        return sheetPrefix + ".cell." + unitCode + "/" + target + "." + part;
    }

    /** The rows and columns of a layout (empty for a layout that is no body's workbook). */
    public static BodyMatrix of(FormLayout layout) {
        BodyMatrix m = new BodyMatrix();
        layout.labels().forEach(c -> {
            String[] id = c.labelId().split("\\.");
            if (id.length == 4 && id[1].equals("row")) {
                m.units.computeIfAbsent(c.sheet(), k -> new HashMap<>()).put(c.row(), id[2]);
            } else if (id.length == 4 && id[1].equals("col")) {
                m.targets.computeIfAbsent(c.sheet(), k -> new HashMap<>()).put(c.column(), id[2]);
            }
        });
        return m;
    }

    /** The unit and target of a cell, when it lies in a unit's row and a target's column. */
    public Optional<Subject> subject(String sheet, int row, int column) {
        String unit = units.getOrDefault(sheet, Map.of()).get(row);
        String target = targets.getOrDefault(sheet, Map.of()).get(column);
        return unit == null || target == null ? Optional.empty() : Optional.of(new Subject(unit, target));
    }

    /** The same for an A1 reference such as F12; empty for anything else. */
    public Optional<Subject> subject(String sheet, String ref) {
        int[] at = position(ref);
        return at == null ? Optional.empty() : subject(sheet, at[0], at[1]);
    }

    /** The unit of the row an A1 reference lies in (a cell of the unit columns too). */
    public Optional<String> unit(String sheet, String ref) {
        int[] at = position(ref);
        return at == null ? Optional.empty() : Optional.ofNullable(units.getOrDefault(sheet, Map.of()).get(at[0]));
    }

    /** The indicator or veto code of the column an A1 reference lies in (its headers too). */
    public Optional<String> target(String sheet, String ref) {
        int[] at = position(ref);
        return at == null ? Optional.empty() : Optional.ofNullable(targets.getOrDefault(sheet, Map.of()).get(at[1]));
    }

    /** Row and column (0-based) of an A1 reference such as F12; null for anything else. */
    private static int[] position(String ref) {
        if (ref == null || !A1.matcher(ref).matches()) {
            return null;
        }
        int split = 0;
        while (Character.isLetter(ref.charAt(split))) {
            split++;
        }
        return new int[] {Integer.parseInt(ref.substring(split)) - 1, CellSpec.columnIndex(ref.subSequence(0, split))};
    }
}
