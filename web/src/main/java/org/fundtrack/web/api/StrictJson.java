package org.fundtrack.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
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
 *       only the fields the request has ({@link JsonTypeCheck}).
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
    List<ApiError.FieldError> errors = JsonTypeCheck.errors(value, target);
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

  static Refused refused(String key, Object... args) {
    return new Refused(
        ApiError.of(ProblemType.MALFORMED_BODY, Localized.message(key + ".detail", args)));
  }
}
