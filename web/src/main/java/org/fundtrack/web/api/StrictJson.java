package org.fundtrack.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request body as strictly as money demands, before JSON-B binds it (which would quietly
 * take {@code 1.5} as the id 1, {@code "100"} as an amount, the last of two equal keys, or ignore
 * what follows the document):
 *
 * <ul>
 *   <li>well-formed UTF-8, exactly one JSON document and nothing after it;
 *   <li>no key twice in one object; no NUL character and no lone surrogate in any text;
 *   <li>each value of the JSON type its field has: whole numbers (in range) for ids and counts,
 *       numbers (never text) for amounts, text for text, dates and codes, arrays for lists, and
 *       only the fields the request has.
 * </ul>
 *
 * Every problem is named by its path ({@code yearShares[0].amount}), so the client sees them all.
 */
public final class StrictJson {

  /** Every field error, or the one reason the body is not JSON at all. */
  public static final class Refused extends ApiRequestException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    Refused(ApiError error) {
      super("Refused JSON body");
      this.error = error;
    }

    @Override
    public ApiError error() {
      return error;
    }
  }

  private StrictJson() {}

  /** Checks {@code body} against {@code target}, the type JSON-B is about to bind it to. */
  public static void check(byte[] body, Type target) {
    String text = utf8(body);
    checkSyntax(text);
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw refused("body.syntax");
    }
    List<ApiError.FieldError> errors = new ArrayList<>();
    checkValue(value, target, "", errors);
    if (!errors.isEmpty()) {
      throw new Refused(
          new ApiError(
              ProblemType.MALFORMED_BODY,
              400,
              Localized.message(ProblemType.MALFORMED_BODY.detailKey()),
              errors,
              Map.of()));
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused("body.encoding");
    }
  }

  /** One document, no trailing data, no duplicate key, no NUL or lone surrogate. */
  private static void checkSyntax(String text) {
    Deque<Set<String>> keys = new ArrayDeque<>();
    int depth = 0;
    boolean complete = false;
    try (JsonParser parser =
        Json.createParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      while (parser.hasNext()) {
        if (complete) {
          throw refused("body.trailing");
        }
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> {
            keys.push(new HashSet<>());
            depth++;
          }
          case START_ARRAY -> {
            keys.push(Set.of());
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            keys.pop();
            depth--;
          }
          case KEY_NAME -> {
            String key = parser.getString();
            checkText(key);
            if (!keys.peek().add(key)) {
              throw refused(
                  "body.duplicateKey", key.length() <= 40 ? key : key.substring(0, 40) + "…");
            }
          }
          case VALUE_STRING -> checkText(parser.getString());
          default -> {
            // numbers, true, false, null
          }
        }
        complete = depth == 0;
      }
    } catch (JsonParsingException e) {
      throw refused(complete ? "body.trailing" : "body.syntax");
    } catch (JsonException e) {
      throw refused("body.syntax");
    }
    if (!complete) {
      throw refused("body.syntax");
    }
  }

  private static void checkText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw refused("body.nul");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          throw refused("body.surrogate");
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw refused("body.surrogate");
      }
    }
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
      throw refused("problem.malformed-body.emptyObject", "{}");
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

  private static Refused refused(String key, Object... args) {
    return new Refused(
        ApiError.of(ProblemType.MALFORMED_BODY, Localized.message(key + ".detail", args)));
  }
}
