package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.shuangbai.plan.Plan;

/**
 * Reads the identity a generated workbook carries in its very hidden sheet
 * ({@link WorkbookGenerator#IDENTITY_SHEET}: column A key, column B value; keys
 * {@link WorkbookGenerator#IDENTITY_KEYS}). Works on any POI workbook (.xlsx or .xls).
 */
public final class WorkbookIdentity {
    private WorkbookIdentity() {
    }

    /** Every key/value pair of the identity sheet, or empty when the sheet is missing. */
    public static Optional<Map<String, String>> values(Workbook wb) {
        Sheet sheet = wb.getSheet(WorkbookGenerator.IDENTITY_SHEET);
        if (sheet == null) {
            return Optional.empty();
        }
        DataFormatter fmt = new DataFormatter();
        Map<String, String> m = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell k = row.getCell(0);
            Cell v = row.getCell(1);
            if (k != null && k.getCellType() == CellType.STRING) {
                m.put(k.getStringCellValue().strip(), v == null ? "" : LockedCell.normalize(
                        v.getCellType() == CellType.NUMERIC ? (Object) v.getNumericCellValue() : fmt.formatCellValue(v)));
            }
        }
        return Optional.of(m);
    }

    /** The identity (without signature) if every key is present and well-formed. */
    public static Optional<FormIdentity> identity(Map<String, String> values) {
        try {
            Optional<FormKind> kind = FormKind.fromOption(values.getOrDefault("form", ""));
            if (kind.isEmpty() || !values.containsKey("plan") || !values.containsKey("unit")
                    || !values.containsKey("version")) {
                return Optional.empty();
            }
            return Optional.of(new FormIdentity(values.get("plan"), Integer.parseInt(values.get("year")),
                    values.get("unit"), kind.get(), values.get("version")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the LABEL cells of {@code layout} back from a workbook at their positions, as the signature
     * covers them (a missing sheet or cell reads as "", a formula as "=" and its text, so it never matches).
     */
    public static java.util.List<LockedCell> lockedCells(Workbook wb, FormLayout layout) {
        return layout.labels().map(spec -> LockedCell.of(spec.sheet(), spec.ref(), valueAt(wb, spec))).toList();
    }

    private static Object valueAt(Workbook wb, CellSpec spec) {
        Sheet sheet = wb.getSheet(spec.sheet());
        Row row = sheet == null ? null : sheet.getRow(spec.row());
        Cell cell = row == null ? null : row.getCell(spec.column());
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    /** The layout a workbook claims to follow, rebuilt from the plan. */
    public static Optional<FormLayout> layout(Workbook wb, Plan plan, FormTexts texts) {
        return values(wb).flatMap(WorkbookIdentity::identity).flatMap(id -> FormLayouts.build(plan, id, texts));
    }
}
