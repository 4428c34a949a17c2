package org.shuangbai.intake;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether a package's core properties part ({@code docProps/core.xml}) has the plain form that POI's
 * package reader always accepts: a {@code cp:coreProperties} root without attributes, whose children
 * are Dublin Core or core-properties elements holding text only, where {@code dcterms} serves only
 * {@code created} and {@code modified}, each typed {@code xsi:type="dcterms:W3CDTF"} as the OPC rules
 * demand, dates (also {@code cp:lastPrinted}) are empty or UTC seconds ({@code 2009-01-01T00:00:00Z},
 * POI's own format), and nothing declares the markup-compatibility namespace or uses {@code xml:lang}.
 * POI refuses the whole package for a breach of those rules or a date it cannot parse; every other
 * form is left to POI to judge ({@link XlsxPackageShapes}), so this may be stricter than POI, never
 * looser.
 */
final class CoreProperties extends DefaultHandler {
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Pattern UTC_SECONDS = Pattern.compile("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");

    private int depth;
    private StringBuilder date;

    private CoreProperties() {
    }

    /** Whether the part is in the plain form; false also when it is not well-formed XML. */
    static boolean plain(InputStream in) {
        try {
            XlsxStreamWorkbook.parse(in, new CoreProperties());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (MARKUP_COMPATIBILITY.equals(uri)) {
            throw notPlain();
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        depth++;
        if (depth == 1) {
            if (!CP.equals(uri) || !"coreProperties".equals(local) || a.getLength() != 0) {
                throw notPlain();
            }
            return;
        }
        if (depth > 2) {
            throw notPlain();
        }
        if (DCTERMS.equals(uri)) {
            int colon = qName.indexOf(':');
            if (!("created".equals(local) || "modified".equals(local)) || colon < 1 || a.getLength() != 1
                    || !XSI.equals(a.getURI(0)) || !"type".equals(a.getLocalName(0))
                    || !a.getValue(0).equals(qName.substring(0, colon) + ":W3CDTF")) {
                throw notPlain();
            }
            date = new StringBuilder();
        } else if (CP.equals(uri) || DC.equals(uri)) {
            if (a.getLength() != 0) {
                throw notPlain();
            }
            date = CP.equals(uri) && "lastPrinted".equals(local) ? new StringBuilder() : null;
        } else {
            throw notPlain();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (date != null) {
            date.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if (depth == 2 && date != null) {
            String text = date.toString();
            date = null;
            if (!text.isEmpty() && !utcSeconds(text)) {
                throw notPlain();
            }
        }
        depth--;
    }

    private static boolean utcSeconds(String text) {
        if (!UTC_SECONDS.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDateTime.parse(text.substring(0, text.length() - 1));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static SAXException notPlain() {
        return XlsxStreamWorkbook.notPlain("core properties not in the plain form");
    }
}
