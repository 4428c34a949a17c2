package org.shuangbai.evaluation;

/** A unit an export names that the plan does not have: reported with its rows, never scored. */
public record UnknownUnit(String name, long rows, long firstLine) {
}
