package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;

import org.junit.jupiter.api.Test;

class RecordDataSourceTest {
    public record Row(String unitName, BigDecimal total) {
    }

    public record Other(String unitName) {
    }

    private static JRDesignField field(String name) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        return f;
    }

    @Test
    void readsEachRowsComponentsByNameAgainAfterMovingFirst() throws JRException {
        RecordDataSource rows = new RecordDataSource(List.of(new Row("朝外街道", new BigDecimal("92.50")),
                new Row("团结湖街道", new BigDecimal("88.00"))));
        List<Object> read = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            while (rows.next()) {
                read.add(rows.getFieldValue(field("unitName")));
                read.add(rows.getFieldValue(field("total")));
            }
            rows.moveFirst();
        }
        assertEquals(List.of("朝外街道", new BigDecimal("92.50"), "团结湖街道", new BigDecimal("88.00"),
                "朝外街道", new BigDecimal("92.50"), "团结湖街道", new BigDecimal("88.00")), read);
    }

    @Test
    void aFieldTheRecordLacksIsAnErrorNamingBoth() throws JRException {
        RecordDataSource rows = new RecordDataSource(List.of(new Other("朝外街道")));
        assertTrue(rows.next());
        assertEquals("朝外街道", rows.getFieldValue(field("unitName")));
        JRException e = assertThrows(JRException.class, () -> rows.getFieldValue(field("total")));
        assertEquals("design field total is not a component of Other", e.getMessage());
        assertFalse(rows.next());
    }
}
