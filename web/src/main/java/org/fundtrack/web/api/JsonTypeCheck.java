package org.fundtrack.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second half of {@link StrictJson}: a well-formed document checked value by value against the
 * Java type JSON-B will bind it to, walking records, lists and maps by reflection so a new DTO
 * needs nothing but its record. It guards what JSON-B would otherwise coerce or drop: whole numbers
 * in range for ids and counts, numbers (never text) for amounts, text for text, dates and codes, no
 * field the record lacks. Every mismatch is collected under its path; only a field sent to a record
 * that takes none (such as {@link NoInput}) refuses the whole body at once.
 */
final class JsonTypeCheck {

  private JsonTypeCheck() {}

  /**
   * Every value of {@code value} that is not of the JSON type its place in {@code target} wants.
   */
  static List<ApiError.FieldError> errors(JsonValue value, Type target) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    checkValue(value, target, "", errors);
    return errors;
  }

  private static void checkValue(
      JsonValue value, Type type, String path, List<ApiError.FieldError> errors) {
    Class<?> raw = rawClass(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw != null && raw.isPrimitive()) {
        errors.add(error(path, "body.required"));
      }
      return;
    }
    if (raw == null || raw == Object.class || raw == JsonValue.class || raw == JsonObject.class) {
      return;
    }
    if (isWhole(raw)) {
      checkWhole(value, raw, path, errors);
    } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      expect(value, JsonValue.ValueType.NUMBER, path, "body.number", errors);
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(error(path, "body.boolean"));
      }
    } else if (raw == String.class
        || raw.isEnum()
        || Temporal.class.isAssignableFrom(raw)
        || raw == java.time.Duration.class) {
      expect(value, JsonValue.ValueType.STRING, path, "body.text", errors);
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (expect(value, JsonValue.ValueType.ARRAY, path, "body.array", errors)) {
        Type element = typeArgument(type, 0);
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          checkValue(array.get(i), element, path + "[" + i + "]", errors);
        }
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (expect(value, JsonValue.ValueType.OBJECT, path, "body.object", errors)) {
        checkMap(value.asJsonObject(), type, path, errors);
      }
    } else if (raw.isRecord()) {
      if (expect(value, JsonValue.ValueType.OBJECT, path, "body.object", errors)) {
        checkRecord(value.asJsonObject(), raw, path, errors);
      }
    }
  }

  private static void checkMap(
      JsonObject object, Type type, String path, List<ApiError.FieldError> errors) {
    Class<?> key = rawClass(typeArgument(type, 0));
    Type valueType = typeArgument(type, 1);
    object.forEach(
        (name, member) -> {
          String at = join(path, name);
          if (key != null && isWhole(key) && !name.matches("-?\\d{1,18}")) {
            errors.add(error(at, "body.wholeNumberKey"));
          } else {
            checkValue(member, valueType, at, errors);
          }
        });
  }

  private static void checkRecord(
      JsonObject object, Class<?> record, String path, List<ApiError.FieldError> errors) {
    if (record.getRecordComponents().length == 0 && !object.isEmpty()) {
      throw StrictJson.refused("problem.malformed-body.emptyObject", "{}");
    }
    Map<String, RecordComponent> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      fields.put(jsonName(component), component);
    }
    object.forEach(
        (name, member) -> {
          RecordComponent field = fields.get(name);
          if (field == null) {
            errors.add(error(join(path, name), "body.unknownField"));
          } else {
            checkValue(member, field.getGenericType(), join(path, name), errors);
          }
        });
  }

  private static String jsonName(RecordComponent component) {
    JsonbProperty property = component.getAnnotation(JsonbProperty.class);
    if (property == null && component.getAccessor() != null) {
      property = component.getAccessor().getAnnotation(JsonbProperty.class);
    }
    return property == null || property.value().isEmpty() ? component.getName() : property.value();
  }

  private static void checkWhole(
      JsonValue value, Class<?> raw, String path, List<ApiError.FieldError> errors) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      errors.add(error(path, "body.wholeNumber"));
      return;
    }
    BigDecimal exact = number.bigDecimalValue();
    if (exact.precision() - exact.scale() > 19) {
      errors.add(error(path, "body.outOfRange"));
      return;
    }
    BigInteger whole = exact.toBigIntegerExact();
    boolean isShort = raw == Short.class || raw == short.class;
    boolean isInt = raw == Integer.class || raw == int.class;
    BigInteger max =
        BigInteger.valueOf(isShort ? Short.MAX_VALUE : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    BigInteger min =
        BigInteger.valueOf(isShort ? Short.MIN_VALUE : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
    if (whole.compareTo(max) > 0 || whole.compareTo(min) < 0) {
      errors.add(error(path, "body.outOfRange"));
    }
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == Long.class
        || raw == long.class
        || raw == Integer.class
        || raw == int.class
        || raw == Short.class
        || raw == short.class;
  }

  private static boolean expect(
      JsonValue value,
      JsonValue.ValueType expected,
      String path,
      String key,
      List<ApiError.FieldError> errors) {
    if (value.getValueType() != expected) {
      errors.add(error(path, key));
      return false;
    }
    return true;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static ApiError.FieldError error(String path, String key) {
    return new ApiError.FieldError(path.isEmpty() ? "body" : path, Localized.message(key));
  }
}
