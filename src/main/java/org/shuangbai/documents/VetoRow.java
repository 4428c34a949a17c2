package org.shuangbai.documents;

/** A 一票否决 finding as a letter prints it. */
public record VetoRow(String system, String code, String situation, String effect, String explanation) {
}
