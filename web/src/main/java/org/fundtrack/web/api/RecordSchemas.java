package org.fundtrack.web.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas for request records of the business layer (a grant draft, an amendment, a
 * close-out), built by reflection over their components. Payara's own scanner cannot describe them:
 * it fails on the Bean Validation annotations a record copies onto its constructor's parameters.
 * Nested records become schemas of their own; every schema is named after its record.
 */
final class RecordSchemas {

  private final Map<String, Schema> schemas = new LinkedHashMap<>();

  /** The schemas of {@code roots} and of every record they contain, by name. */
  static Map<String, Schema> of(Class<?>... roots) {
    RecordSchemas builder = new RecordSchemas();
    Arrays.stream(roots).forEach(builder::record);
    return builder.schemas;
  }

  private Schema record(Class<?> type) {
    String name = type.getSimpleName();
    if (!schemas.containsKey(name)) {
      Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      schemas.put(name, schema);
      for (RecordComponent component : type.getRecordComponents()) {
        schema.addProperty(component.getName(), of(component.getGenericType()));
      }
    }
    return OASFactory.createSchema().ref(name);
  }

  private Schema of(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(args[1]));
      }
      return of(raw);
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      return record(c);
    }
    if (c.isEnum()) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      Arrays.stream(c.getEnumConstants()).forEach(e -> schema.addEnumeration(e.toString()));
      return schema;
    }
    if (c == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (c == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (c == Boolean.class || c == boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (Number.class.isAssignableFrom(c) || c.isPrimitive()) {
      return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }
}
