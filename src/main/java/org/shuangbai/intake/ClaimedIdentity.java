package org.shuangbai.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.plan.FormKind;
import org.shuangbai.text.Messages;

/**
 * The identity a returned file claims, as found in its very hidden identity sheet (column A key,
 * column B value) or, when that sheet is gone, in its custom document properties ("shuangbai.key").
 * Unverified until the signature is checked.
 */
record ClaimedIdentity(Map<String, String> entries, String source) {
    static final String SHEET = "_shuangbai";
    static final String PROPERTY_PREFIX = "shuangbai.";
    static final String PLAN = "plan";
    static final String YEAR = "year";
    static final String UNIT = "unit";
    static final String FORM = "form";
    static final String VERSION = "version";
    static final String SIGNATURE = "signature";
    private static final List<String> KEYS = List.of(PLAN, YEAR, UNIT, FORM, VERSION, SIGNATURE);

    /** The identity found, or null when the file carries none. */
    static ClaimedIdentity read(ReturnedWorkbook book) {
        Map<String, String> found = new LinkedHashMap<>();
        if (book.sheetNames().contains(SHEET)) {
            for (int row = 0; row < 50; row++) {
                String key = book.cell(SHEET, row, 0).text().strip();
                if (KEYS.contains(key)) {
                    found.putIfAbsent(key, book.cell(SHEET, row, 1).text().strip());
                }
            }
            if (!found.isEmpty()) {
                return new ClaimedIdentity(found, Messages.text("intake.identity.source.sheet", "sheet", SHEET));
            }
        }
        for (Map.Entry<String, String> e : book.customProperties().entrySet()) {
            if (e.getKey().startsWith(PROPERTY_PREFIX)) {
                String key = e.getKey().substring(PROPERTY_PREFIX.length());
                if (KEYS.contains(key)) {
                    found.putIfAbsent(key, e.getValue() == null ? "" : e.getValue().strip());
                }
            }
        }
        return found.isEmpty() ? null : new ClaimedIdentity(found, Messages.text("intake.identity.source.properties"));
    }

    String get(String key) {
        return entries.getOrDefault(key, "");
    }

    /** The identity, or null when a part is missing or malformed. */
    FormIdentity identity() {
        String plan = get(PLAN);
        String unit = get(UNIT);
        String version = get(VERSION);
        Integer year = parseYear(get(YEAR));
        FormKind form = FormKind.fromOption(get(FORM)).orElse(null);
        if (plan.isEmpty() || unit.isEmpty() || version.isEmpty() || year == null || form == null) {
            return null;
        }
        return new FormIdentity(plan, year, unit, form, version);
    }

    private static Integer parseYear(String text) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
