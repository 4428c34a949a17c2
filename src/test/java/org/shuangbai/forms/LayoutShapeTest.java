package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;

/** Which choices two units' layouts may differ in and still be patched from one template. */
class LayoutShapeTest {
    private static final boolean[] NO_TEXT = {false, false};
    private static final boolean[] LISTED = {true, true};
    private static final boolean[] FIXED = {false, false};

    @Test
    void inlineChoicesMayDifferWhereTheTemplateRewritesThem() {
        FormLayout reference = layout("D01", List.of("RW01"), List.of("RW02"));
        FormLayout other = layout("D02", List.of("RW03"), List.of("RW04", "RW05"));

        assertTrue(LayoutShape.same(reference, other, NO_TEXT, LISTED));
        assertFalse(LayoutShape.same(reference, other, NO_TEXT, FIXED));
    }

    @Test
    void choicesThatWouldMergeTwoValidationsOrLeaveTheInlineListAreAnotherShape() {
        FormLayout reference = layout("D01", List.of("RW01"), List.of("RW02"));

        // equal rules share one validation: the template has two
        assertFalse(LayoutShape.same(reference, layout("D02", List.of("RW03"), List.of("RW03")), NO_TEXT, LISTED));
        // a comma puts a choice on the hidden lists sheet; an empty one POI joins its own way
        assertFalse(LayoutShape.same(reference, layout("D02", List.of("RW03,RW04"), List.of("RW05")), NO_TEXT, LISTED));
        assertFalse(LayoutShape.same(reference, layout("D02", List.of("", "RW04"), List.of("RW05")), NO_TEXT, LISTED));
        // other rules' components still count
        FormLayout required = new FormLayout(reference.identity(), reference.sheets(), List.of(
                input(0, InputRule.choice(List.of("RW03"), true, "对应任务编号", "请选择")),
                input(1, InputRule.choice(List.of("RW04"), false, "对应任务编号", "请选择"))));
        assertFalse(LayoutShape.same(reference, required, NO_TEXT, LISTED));
    }

    private static FormLayout layout(String unit, List<String> first, List<String> second) {
        return new FormLayout(new FormIdentity("CY-2009-SB", 2009, unit, FormKind.REGISTRATION, "1"), List.of("立项表"),
                List.of(input(0, InputRule.choice(first, false, "对应任务编号", "请选择")),
                        input(1, InputRule.choice(second, false, "对应任务编号", "请选择"))));
    }

    private static CellSpec input(int row, InputRule rule) {
        return new CellSpec("立项表", row, 3, CellRole.INPUT, new FieldKey.RecordField(FieldKey.RecordKind.PROJECT, row + 1, "task"), null, null,
                rule, null);
    }
}
