package org.fundtrack.web.shared;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Walks what caused a failure: the cause chain, and a SQLException's next exceptions. */
public final class Causes {

  private Causes() {}

  /** The first exception of {@code type} in the cause chain, outermost first. */
  public static <T extends Throwable> Optional<T> first(Throwable thrown, Class<T> type) {
    List<Throwable> seen = new ArrayList<>();
    for (Throwable t = thrown; t != null && !seen.contains(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      seen.add(t);
    }
    return Optional.empty();
  }

  /** Whether {@code thrown} or anything that caused it passes {@code test}. */
  public static boolean anywhere(Throwable thrown, Predicate<Throwable> test) {
    List<Throwable> seen = new ArrayList<>();
    for (Throwable t = thrown; t != null && !seen.contains(t); t = t.getCause()) {
      if (test.test(t)) {
        return true;
      }
      seen.add(t);
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        if (anywhere(sql.getNextException(), test)) {
          return true;
        }
      }
    }
    return false;
  }
}
