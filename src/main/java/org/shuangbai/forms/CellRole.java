package org.shuangbai.forms;

/** What a cell of a form is for. */
public enum CellRole {
    /** Locked text or number from the plan; covered by the signature and checked on intake. */
    LABEL,
    /** Unlocked cell the unit or assessor fills; read and validated on intake. */
    INPUT,
    /** Locked subtotal/total formula; recomputed by the tool on intake, never trusted. */
    FORMULA
}
