package org.shuangbai.documents;

/** A unit owing forms, for the 催报名单. */
public record ReminderRow(String group, String unitCode, String unitName, String missing, String note) {
}
