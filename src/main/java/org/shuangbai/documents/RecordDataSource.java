package org.shuangbai.documents;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Feeds Java records to a design: field "x" reads component x(). JasperReports' bean data source
 * only knows getX() getters, and the view models are records.
 */
public final class RecordDataSource implements JRRewindableDataSource {
    private final List<? extends Record> rows;
    private Iterator<? extends Record> it;
    private Record current;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows);
        this.it = this.rows.iterator();
    }

    @Override
    public boolean next() {
        if (!it.hasNext()) {
            return false;
        }
        current = it.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        for (RecordComponent c : current.getClass().getRecordComponents()) {
            if (c.getName().equals(field.getName())) {
                try {
                    return c.getAccessor().invoke(current);
                } catch (ReflectiveOperationException e) {
                    throw new JRException("cannot read " + field.getName(), e);
                }
            }
        }
        throw new JRException("design field " + field.getName() + " is not a component of " + current.getClass().getSimpleName());
    }

    @Override
    public void moveFirst() {
        it = rows.iterator();
        current = null;
    }
}
