package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table of an .xlsx ({@code xl/sharedStrings.xml}), read strictly: each item's text
 * as the usermodel reads it, or null for an item with no single reading (see {@link RichText}). Which
 * items are malformed only matters when a cell refers to one.
 */
final class XlsxSharedStrings extends DefaultHandler {
    static final XlsxSharedStrings NONE = new XlsxSharedStrings();

    private final List<String> items = new ArrayList<>();
    private RichText item;

    int size() {
        return items.size();
    }

    /** The item's text, or null when the item is malformed. */
    String item(int index) {
        return items.get(index);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        if (!XlsxStreamWorkbook.MAIN_NS.equals(uri)) {
            return;
        }
        if (item != null) {
            item.start(local);
        } else if ("si".equals(local)) {
            item = new RichText();
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (!XlsxStreamWorkbook.MAIN_NS.equals(uri) || item == null) {
            return;
        }
        if ("si".equals(local) && item.closed()) {
            items.add(item.text());
            item = null;
        } else {
            item.end(local);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (item != null) {
            item.characters(ch, start, length);
        }
    }
}
