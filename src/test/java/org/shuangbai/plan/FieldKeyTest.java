package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.IndicatorField;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.FieldKey.VetoField;
import org.shuangbai.plan.FieldKey.VetoPart;

/** The stored text form of every kind of field, literal text beside the key it stands for. */
class FieldKeyTest {
    @Test
    void textFormsOfEveryKind() {
        assertEquals("EFF-01.score", FieldKey.score("EFF-01").text());
        assertEquals("EFF-01.self", FieldKey.self("EFF-01").text());
        assertEquals("ENV-26.note", FieldKey.note("ENV-26").text());
        assertEquals("V2.answer", FieldKey.answer("V2").text());
        assertEquals("V5.explain", FieldKey.explain("V5").text());
        assertEquals("P03.source", new RecordField(RecordKind.PROJECT, 3, "source").text());
        assertEquals("L12.deadline", new RecordField(RecordKind.ISSUE, 12, "deadline").text());
        assertEquals("L120.status", new RecordField(RecordKind.ISSUE, 120, "status").text());
        assertEquals("assessor.unit", FormField.ASSESSOR_UNIT.text());
        assertEquals("unit.date", FormField.UNIT_DATE.text());
    }

    @Test
    void parsingGivesBackTheKey() {
        assertEquals(Optional.of(new IndicatorField("EFF-01", IndicatorPart.SCORE)), FieldKey.parse("EFF-01.score"));
        assertEquals(Optional.of(new IndicatorField("ENV-C2", IndicatorPart.SELF)), FieldKey.parse("ENV-C2.self"));
        assertEquals(Optional.of(new VetoField("V2", VetoPart.ANSWER)), FieldKey.parse("V2.answer"));
        assertEquals(Optional.of(new RecordField(RecordKind.PROJECT, 3, "source")), FieldKey.parse("P03.source"));
        assertEquals(Optional.of(new RecordField(RecordKind.ISSUE, 12, "department")), FieldKey.parse("L12.department"));
        assertEquals(Optional.of(new RecordField(RecordKind.PROJECT, 12, "department")), FieldKey.parse("P12.department"));
        assertEquals(Optional.of(FormField.ASSESSOR_NAME), FieldKey.parse("assessor.name"));
    }

    @Test
    void textsThatAreNoKeyAreRefused() {
        assertEquals(Optional.empty(), FieldKey.parse("EFF-01"));
        assertEquals(Optional.empty(), FieldKey.parse(".score"));
        assertEquals(Optional.empty(), FieldKey.parse("EFF-01."));
        assertEquals(Optional.empty(), FieldKey.parse("P03.problem"), "a project row has no problem column");
        assertEquals(Optional.empty(), FieldKey.parse("L3.status"), "record ids have two digits at least");
        assertEquals(Optional.empty(), FieldKey.parse("L00.status"), "records start at 1");
        assertEquals(Optional.empty(), FieldKey.parse("X01.name"));
        assertEquals(Optional.empty(), FieldKey.parse(null));
        assertThrows(IllegalArgumentException.class, () -> FieldKey.of("EFF-01.max"));
    }

    @Test
    void aRecordRowKnowsItsId() {
        assertEquals("P03", new RecordField(RecordKind.PROJECT, 3, "name").recordId());
        assertThrows(IllegalArgumentException.class, () -> new RecordField(RecordKind.ISSUE, 1, "goal"));
    }
}
