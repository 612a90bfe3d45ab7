package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON records of the API list their properties in declaration order (JSON-B would sort them
 * alphabetically), so a property added to a record but not to its order would be caught here.
 */
class ApiRecordsTest {

  @Test
  void everyRecord_declaresItsJsonPropertyOrder() throws Exception {
    List<Class<?>> records = apiRecords();

    assertThat(records).hasSizeGreaterThan(15);
    for (Class<?> record : records) {
      JsonbPropertyOrder order = record.getAnnotation(JsonbPropertyOrder.class);
      assertThat(order).as(record.getName()).isNotNull();
      assertThat(order.value())
          .as(record.getName())
          .containsExactly(
              Arrays.stream(record.getRecordComponents())
                  .map(RecordComponent::getName)
                  .toArray(String[]::new));
    }
  }

  /** The records compiled into the API package, nested ones included; ApiError is not JSON. */
  private static List<Class<?>> apiRecords() throws IOException, ClassNotFoundException {
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("target/classes/org/fundtrack/web/api"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            "org.fundtrack.web.api." + file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName(name, false, ApiRecordsTest.class.getClassLoader());
        if (type.isRecord() && !name.startsWith(ApiError.class.getName())) {
          records.add(type);
        }
      }
    }
    return records;
  }
}
