package org.shuangbai.intake;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * An .ods read with SODS. SODS parses with DTD support off; the package was already size-checked by
 * {@link FileSniffer}. Hidden sheets (the identity sheet) are read like any other.
 */
final class OdsWorkbook implements ReturnedWorkbook {
    private final SpreadSheet book;

    private OdsWorkbook(SpreadSheet book) {
        this.book = book;
    }

    static OdsWorkbook open(Path path) throws FileRejection {
        try {
            return new OdsWorkbook(new SpreadSheet(path.toFile()));
        } catch (Exception | StackOverflowError e) {
            throw new FileRejection("文件已损坏或格式不正确，无法读取（" + e.getClass().getSimpleName() + "）。",
                    FileSniffer.TODO_RESAVE);
        }
    }

    @Override
    public SpreadsheetType type() {
        return SpreadsheetType.ODS;
    }

    @Override
    public List<String> sheetNames() {
        return book.getSheets().stream().map(Sheet::getName).toList();
    }

    @Override
    public CellContent cell(String sheetName, int row, int column) {
        Sheet sheet = book.getSheet(sheetName);
        if (sheet == null || row >= sheet.getMaxRows() || column >= sheet.getMaxColumns()) {
            return CellContent.BLANK;
        }
        Range r = sheet.getRange(row, column);
        String formula = r.getFormula();
        if (formula != null && formula.isEmpty()) {
            formula = null;
        }
        Object v = r.getValue();
        if (v == null) {
            return formula == null ? CellContent.BLANK : CellContent.text("", formula);
        }
        if (v instanceof Double || v instanceof Float || v instanceof Integer || v instanceof Long) {
            return CellContent.number(BigDecimal.valueOf(((Number) v).doubleValue()), false, formula);
        }
        if (v instanceof Number n) {
            return CellContent.number(new BigDecimal(n.toString()), false, formula);
        }
        if (v instanceof OfficeCurrency c) {
            return CellContent.number(BigDecimal.valueOf(c.getValue()), false, formula);
        }
        if (v instanceof OfficePercentage p) {
            return CellContent.number(BigDecimal.valueOf(p.getValue()), false, formula);
        }
        if (v instanceof LocalDate d) {
            return CellContent.date(d, formula);
        }
        if (v instanceof LocalDateTime d) {
            return CellContent.date(d.toLocalDate(), formula);
        }
        if (v instanceof Boolean b) {
            return CellContent.of(CellContent.Type.BOOLEAN, b ? "TRUE" : "FALSE", formula);
        }
        return CellContent.text(v.toString(), formula);
    }

    @Override
    public Map<String, String> customProperties() {
        return Map.of();
    }

    @Override
    public void close() {
        // SODS holds everything in memory; nothing to release
    }
}
