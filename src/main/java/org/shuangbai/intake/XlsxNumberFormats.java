package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What intake needs of an .xlsx's styles part: how many cell styles there are and each one's number
 * format, which decides whether a number is a date. POI's {@link StylesTable} builds an XMLBeans tree
 * of the whole part (fonts, fills, borders…) for this: a tenth of the time intake spent on a file.
 *
 * <p>Read the way {@link StylesTable} reads it: the first {@code cellXfs}' {@code xf} children, the
 * first {@code numFmts}' {@code numFmt} children (a later id wins), ids cast to {@code short} as POI
 * does, a custom format before the built-in one of the same id. Anything this reading would have to
 * guess at (a value that is not a plain unsigned integer, a second {@code cellXfs} or {@code numFmts},
 * another root) is not guessed: the streaming reader then leaves the file to the usermodel.
 */
final class XlsxNumberFormats extends DefaultHandler implements XlsxStreamWorkbook.CellStyles {
    private static final Pattern UNSIGNED_INT = Pattern.compile("[0-9]{1,10}");

    private final List<Short> xfFormats = new ArrayList<>();
    private final Map<Short, String> custom = new HashMap<>();
    private int depth;
    private boolean rootSeen;
    private boolean numFmtsSeen;
    private boolean cellXfsSeen;
    /** Depth of the open numFmts or cellXfs element, -1 outside. */
    private int numFmtsDepth = -1;
    private int cellXfsDepth = -1;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        depth++;
        boolean main = XlsxStreamWorkbook.MAIN_NS.equals(uri);
        if (depth == 1) {
            if (!main || !"styleSheet".equals(local)) {
                throw XlsxStreamWorkbook.notPlain("styles part with another root");
            }
            rootSeen = true;
        } else if (depth == 2 && main && "numFmts".equals(local)) {
            if (numFmtsSeen) {
                throw XlsxStreamWorkbook.notPlain("two numFmts");
            }
            numFmtsSeen = true;
            numFmtsDepth = depth;
        } else if (depth == 2 && main && "cellXfs".equals(local)) {
            if (cellXfsSeen) {
                throw XlsxStreamWorkbook.notPlain("two cellXfs");
            }
            cellXfsSeen = true;
            cellXfsDepth = depth;
        } else if (main && numFmtsDepth >= 0 && depth == numFmtsDepth + 1 && "numFmt".equals(local)) {
            String id = a.getValue("numFmtId");
            if (id == null) {
                throw XlsxStreamWorkbook.notPlain("numFmt without id");
            }
            custom.put((short) unsignedInt(id), a.getValue("formatCode"));
        } else if (main && cellXfsDepth >= 0 && depth == cellXfsDepth + 1 && "xf".equals(local)) {
            String id = a.getValue("numFmtId");
            String xfId = a.getValue("xfId");
            if (xfId != null) {
                unsignedInt(xfId); // read by StylesTable.getStyleAt: a bad one fails there
            }
            xfFormats.add((short) (id == null ? 0 : unsignedInt(id)));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (depth == numFmtsDepth) {
            numFmtsDepth = -1;
        } else if (depth == cellXfsDepth) {
            cellXfsDepth = -1;
        }
        depth--;
    }

    private static long unsignedInt(String value) throws SAXException {
        if (!UNSIGNED_INT.matcher(value).matches()) {
            throw XlsxStreamWorkbook.notPlain("not an unsigned integer: " + value);
        }
        long v = Long.parseLong(value);
        if (v > 0xFFFF_FFFFL) {
            throw XlsxStreamWorkbook.notPlain("out of range: " + value);
        }
        return v;
    }

    /** After the parse: the part had the expected root. */
    XlsxNumberFormats checked() throws SAXException {
        if (!rootSeen) {
            throw XlsxStreamWorkbook.notPlain("empty styles part");
        }
        return this;
    }

    @Override
    public int count() {
        return xfFormats.size();
    }

    @Override
    public ExcelNumberFormat format(int style) {
        short id = xfFormats.get(style);
        String format = custom.get(id);
        return new ExcelNumberFormat(id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
    }
}
