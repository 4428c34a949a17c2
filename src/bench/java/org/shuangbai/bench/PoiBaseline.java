package org.shuangbai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.util.XMLHelper;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayout;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * What the libraries alone do with the same cells: the baselines the real commands are compared
 * with. Writing puts every label text and formula of a layout into a plain XSSF workbook and leaves
 * the input cells blank: no styles, templating, validation, protection, identity or signature.
 * Reading pulls the input cells out of a workbook with POI's streaming SAX reader and nothing else.
 */
public final class PoiBaseline {
    private PoiBaseline() {
    }

    public static void write(FormLayout layout, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Map<String, XSSFSheet> sheets = new HashMap<>();
            for (String name : layout.sheets()) {
                sheets.put(name, wb.createSheet(name));
            }
            for (CellSpec c : layout.cells()) {
                XSSFSheet sheet = sheets.computeIfAbsent(c.sheet(), wb::createSheet);
                XSSFRow row = sheet.getRow(c.row());
                if (row == null) {
                    row = sheet.createRow(c.row());
                }
                var cell = row.createCell(c.column());
                switch (c.role()) {
                    case LABEL -> cell.setCellValue(c.text());
                    case FORMULA -> cell.setCellFormula(c.text());
                    case INPUT -> { /* left blank for the unit to fill */ }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** Reads the input cells of {@code layout} from {@code file}: field code → text as displayed. */
    public static Map<String, String> readInputs(FormLayout layout, Path file) throws Exception {
        Map<String, String> fieldByCell = new HashMap<>();
        Set<String> sheetsWanted = new HashSet<>();
        layout.inputs().forEach(c -> {
            fieldByCell.put(c.sheet() + "!" + c.ref(), c.key().text());
            sheetsWanted.add(c.sheet());
        });
        Map<String, String> values = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheet = it.getSheetName();
                    if (!sheetsWanted.contains(sheet)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            String field = fieldByCell.get(sheet + "!" + ref);
                            if (field != null) {
                                values.put(field, value);
                            }
                        }
                    }, formatter, false));
                    parser.parse(new InputSource(in));
                }
            }
        }
        return values;
    }

    /** Fills every input cell of a baseline workbook with a plausible value (stands in for the sample filler). */
    public static void fill(FormLayout layout, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (CellSpec c : (Iterable<CellSpec>) layout.inputs()::iterator) {
                XSSFSheet sheet = wb.getSheet(c.sheet());
                XSSFRow row = sheet.getRow(c.row()) == null ? sheet.createRow(c.row()) : sheet.getRow(c.row());
                var cell = row.createCell(c.column());
                if (c.rule() != null && c.rule().kind() == org.shuangbai.forms.InputRule.Kind.DECIMAL) {
                    cell.setCellValue(c.rule().max().doubleValue());
                } else if (c.rule() != null && c.rule().kind() == org.shuangbai.forms.InputRule.Kind.YES_NO) {
                    cell.setCellValue("否");
                } else {
                    cell.setCellValue("示例" + new CellReference(c.row(), c.column()).formatAsString());
                }
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
