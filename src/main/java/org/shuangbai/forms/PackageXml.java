package org.shuangbai.forms;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What {@link PackageTemplate} and {@link PackageFill} read from a generated workbook's XML parts (StAX). */
final class PackageXml {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private PackageXml() {
    }

    /** Sheet name → part name, from {@code xl/workbook.xml} and its relationships. */
    static Map<String, String> sheetParts(byte[] workbook, byte[] relationships) throws XMLStreamException {
        Map<String, String> target = new HashMap<>();
        XMLStreamReader rels = reader(relationships);
        while (rels.hasNext()) {
            if (rels.next() == XMLStreamReader.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
                String t = rels.getAttributeValue(null, "Target");
                target.put(rels.getAttributeValue(null, "Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
            }
        }
        Map<String, String> sheets = new HashMap<>();
        XMLStreamReader wb = reader(workbook);
        while (wb.hasNext()) {
            if (wb.next() == XMLStreamReader.START_ELEMENT && wb.getLocalName().equals("sheet")) {
                sheets.put(wb.getAttributeValue(null, "name"), target.get(wb.getAttributeValue(RELATIONSHIPS, "id")));
            }
        }
        return sheets;
    }

    /** The sst's count (cells that show a shared string) and uniqueCount (items) are what was found. */
    static boolean counts(byte[] sst, int references, int items) throws XMLStreamException {
        XMLStreamReader r = reader(sst);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("sst")) {
                    return Integer.toString(references).equals(r.getAttributeValue(null, "count"))
                            && Integer.toString(items).equals(r.getAttributeValue(null, "uniqueCount"));
                }
            }
            return false;
        } finally {
            r.close();
        }
    }

    /** Cell reference → shared-string item, for the cells of a sheet that show a shared string. */
    static Map<String, Integer> stringCells(byte[] sheet) throws XMLStreamException {
        Map<String, Integer> out = new HashMap<>();
        XMLStreamReader r = reader(sheet);
        String ref = null;
        boolean shared = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("c")) {
                ref = r.getAttributeValue(null, "r");
                shared = "s".equals(r.getAttributeValue(null, "t"));
            } else if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("v") && shared) {
                out.put(ref, Integer.parseInt(r.getElementText().strip()));
            }
        }
        return out;
    }

    /**
     * A configured factory per thread: {@code XMLInputFactory.newFactory()} searches the class path's service
     * files on every call (about 0.17 ms each once warm, here for Woodstox), and the workbooks of a plan are
     * read several parts each; StAX does not promise that one factory may serve threads at once.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    });

    /** A reader of a part's XML, without DTDs or external entities. */
    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
    }
}
