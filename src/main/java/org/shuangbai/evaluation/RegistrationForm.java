package org.shuangbai.evaluation;

/** A unit's current 效能监察立项表 in the ledger: the file as received and the sheet its rows were read from. */
public record RegistrationForm(String unitCode, String file, String sheet) {
}
