package org.shuangbai.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * GB/T 9704 7.3.5.5: the 署名 and 成文日期 never stand on a page without the body. When a first
 * fill puts them (with the 附件说明 that goes with them) on a page of their own, the body's last
 * page is set again at a smaller line pitch, just enough to carry them: the text up to that page
 * stays as it was (a full grid of 22 lines a page), the last page's text goes into the tail
 * elements of the design. Works on what the fill printed, so it needs no guess about line breaks.
 */
final class NoticeLayout {
    static final String BODY = "body";
    static final String ISSUER = "issuer";
    static final String TAIL = "bodyTail";
    /** The 附件说明, blank lines and signature take this many lines after the body's last line. */
    private static final int SIGNATURE_LINES = 6;
    /** The type area's bottom, from the page's top. */
    private static final float BOTTOM = (37 + 225) / 25.4f * 72;

    private NoticeLayout() {
    }

    /** The parameters of a second fill, or null when the first one keeps the signature with the body. */
    static Map<String, Object> squeeze(JasperPrint print) {
        List<JRPrintPage> pages = print.getPages();
        int signature = pageOf(pages, ISSUER);
        if (signature < 0 || has(pages.get(signature), BODY)) {
            return null;
        }
        int last = signature - 1;
        while (last >= 0 && !has(pages.get(last), BODY)) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        StringBuilder head = new StringBuilder();
        for (int p = 0; p < last; p++) {
            for (JRPrintText t : texts(pages.get(p), BODY)) {
                head.append(t.getFullText());
            }
        }
        List<JRPrintText> lastPieces = texts(pages.get(last), BODY);
        JRPrintText piece = lastPieces.get(0);
        String tail = piece.getFullText();
        boolean paragraphStart = head.isEmpty() || head.charAt(head.length() - 1) == '\n' || tail.startsWith("\n");
        tail = tail.startsWith("\n") ? tail.substring(1) : tail;
        int lines = Math.max(1, Math.round((piece.getTextHeight() - 1.2f * Typesetter.BODY) / Typesetter.PITCH) + 1);
        // the tail's first em top stays where the first fill put it; everything after shares the pitch
        float firstTop = piece.getY() + 10;
        // the signature band ends 5 pt below the date's em bottom (its bottom padding), above the footer
        float pitch = (BOTTOM - 6 - Typesetter.BODY - firstTop) / (lines + SIGNATURE_LINES - 1);
        Map<String, Object> p = new java.util.HashMap<>();
        // a head ending with its paragraph's newline would print one more, empty, line
        p.put("BodyHead", head.length() > 0 && head.charAt(head.length() - 1) == '\n' ? head.substring(0, head.length() - 1)
                : head.toString());
        p.put("Pitch", Math.min(Typesetter.PITCH, pitch));
        int cut = paragraphStart ? 0 : tail.indexOf('\n') < 0 ? tail.length() : tail.indexOf('\n');
        String first = tail.substring(0, cut);
        String rest = cut < tail.length() ? tail.substring(cut).replaceFirst("^\n", "") : "";
        p.put("TailFirst", first.isEmpty() ? null : first);
        p.put("TailRest", rest.isEmpty() ? null : rest);
        return p;
    }

    static int pageOf(List<JRPrintPage> pages, String key) {
        for (int i = 0; i < pages.size(); i++) {
            if (has(pages.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    static boolean has(JRPrintPage page, String key) {
        return !texts(page, key).isEmpty();
    }

    private static List<JRPrintText> texts(JRPrintPage page, String key) {
        List<JRPrintText> found = new ArrayList<>();
        for (JRPrintElement e : page.getElements()) {
            if (key.equals(e.getKey()) && e instanceof JRPrintText t && t.getFullText() != null) {
                found.add(t);
            }
        }
        return found;
    }
}
