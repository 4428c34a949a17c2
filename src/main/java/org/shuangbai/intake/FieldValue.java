package org.shuangbai.intake;

import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.FieldKey;

/**
 * One filled input cell of an accepted file, normalised: decimals plain ("8.5"), dates ISO
 * ("2009-12-20"), text trimmed.
 *
 * @param position order of the cell in the form's layout, so exports list fields as the form does
 */
public record FieldValue(int position, FieldKey field, String value, InputRule.Kind kind, String sheet, String cell) {
}
