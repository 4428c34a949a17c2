package org.shuangbai.documents;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Feeds Java records to a design: field "x" reads component x(). JasperReports' bean data source
 * only knows getX() getters, and the view models are records.
 */
public final class RecordDataSource implements JRRewindableDataSource {
    /**
     * Each record type's accessors by component name, looked up once: {@code getRecordComponents()}
     * copies every component and its accessor on each call, and a field is read per row (the notice of
     * 10,000 units: hundreds of thousands of reads, as many arrays and {@code Method}s of garbage).
     */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                accessors.put(c.getName(), c.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

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
        Method accessor = ACCESSORS.get(current.getClass()).get(field.getName());
        if (accessor != null) {
            try {
                return accessor.invoke(current);
            } catch (ReflectiveOperationException e) {
                throw new JRException("cannot read " + field.getName(), e);
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
