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
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
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
    void cellsOfABodysWorkbookNameTheirUnitBeforeASlash() {
        assertEquals("S07/EFF-02.score", new UnitIndicatorField("S07", "EFF-02", IndicatorPart.SCORE).text());
        assertEquals("D48/ENV-26.note", new UnitIndicatorField("D48", "ENV-26", IndicatorPart.NOTE).text());
        assertEquals("S01/V4.answer", new UnitVetoField("S01", "V4", VetoPart.ANSWER).text());
        assertEquals("S01/V4.explain", new UnitVetoField("S01", "V4", VetoPart.EXPLAIN).text());
        assertEquals(Optional.of(new UnitIndicatorField("S07", "EFF-02", IndicatorPart.SCORE)), FieldKey.parse("S07/EFF-02.score"));
        assertEquals(Optional.of(new UnitVetoField("D-1", "V4", VetoPart.EXPLAIN)), FieldKey.parse("D-1/V4.explain"));
        assertEquals(FieldKey.score("EFF-02"), new UnitIndicatorField("S07", "EFF-02", IndicatorPart.SCORE).perUnit());
        assertEquals(FieldKey.answer("V4"), new UnitVetoField("S01", "V4", VetoPart.ANSWER).perUnit());
        // a body gives no self score; a record row or a form field has no unit; one slash only
        assertEquals(Optional.empty(), FieldKey.parse("S07/EFF-02.self"));
        assertEquals(Optional.empty(), FieldKey.parse("S07/P03.source"));
        assertEquals(Optional.empty(), FieldKey.parse("S07/assessor.name"));
        assertEquals(Optional.empty(), FieldKey.parse("/EFF-02.score"));
        assertEquals(Optional.empty(), FieldKey.parse("S07/D01/EFF-02.score"));
        assertThrows(IllegalArgumentException.class, () -> new UnitIndicatorField("S07", "EFF-02", IndicatorPart.SELF));
    }

    @Test
    void aRecordRowKnowsItsId() {
        assertEquals("P03", new RecordField(RecordKind.PROJECT, 3, "name").recordId());
        assertEquals("L10", new RecordField(RecordKind.ISSUE, 10, "status").recordId());
        assertEquals("L120", RecordKind.ISSUE.recordId(120));
        assertEquals("L12.deadline", new RecordField(RecordKind.ISSUE, 12, "deadline").text());
        assertThrows(IllegalArgumentException.class, () -> new RecordField(RecordKind.ISSUE, 1, "goal"));
    }
}
