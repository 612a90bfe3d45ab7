package org.fundtrack.reports.shared.pdf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds a report from records: each template field reads the record component of the same name.
 * JasperReports' bean data source looks for getters, which records do not have; this one also takes
 * an iterator, so a long report never needs all its rows in a list.
 */
public final class RecordDataSource implements JRDataSource {

  private final Iterator<? extends Record> rows;
  private final Map<String, Method> accessors = new HashMap<>();
  private Record current;

  public RecordDataSource(Iterator<? extends Record> rows) {
    this.rows = rows;
  }

  public RecordDataSource(Iterable<? extends Record> rows) {
    this(rows.iterator());
  }

  @Override
  public boolean next() {
    if (!rows.hasNext()) {
      return false;
    }
    current = rows.next();
    return true;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    Method accessor = accessors.computeIfAbsent(field.getName(), this::accessor);
    if (accessor == null) {
      throw new JRException(
          "No component " + field.getName() + " in " + current.getClass().getSimpleName());
    }
    try {
      return accessor.invoke(current);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new JRException("Cannot read " + field.getName(), e);
    }
  }

  private Method accessor(String name) {
    for (RecordComponent component : current.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        Method method = component.getAccessor();
        method.setAccessible(true);
        return method;
      }
    }
    return null;
  }
}
