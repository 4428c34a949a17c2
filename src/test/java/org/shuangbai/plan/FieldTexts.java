package org.shuangbai.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tests write field values by their stored text form ("EFF-01.score"), as exports and people see them. */
public final class FieldTexts {
    private FieldTexts() {
    }

    /** Field → value, keyed by text form, in the same order. */
    public static Map<String, String> texts(Map<FieldKey, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k.text(), v));
        return out;
    }

    /** Text form → value, keyed by field, in the same order. */
    public static Map<FieldKey, String> keys(Map<String, String> values) {
        Map<FieldKey, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(FieldKey.of(k), v));
        return out;
    }
}
