package org.fundtrack.reports.shared;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Walks a keyset-paged source one batch at a time (each batch its own service call, so its own
 * short transaction) and maps each row as it goes: an export never holds more than one batch.
 */
public final class Batches<E, R> implements Iterator<R> {

  private final LongFunction<List<E>> fetch;
  private final ToLongFunction<E> key;
  private final Function<E, R> map;
  private List<E> batch;
  private int next;
  private long after;
  private boolean exhausted;

  public Batches(LongFunction<List<E>> fetch, ToLongFunction<E> key, Function<E, R> map) {
    this.fetch = fetch;
    this.key = key;
    this.map = map;
  }

  @Override
  public boolean hasNext() {
    if (batch != null && next < batch.size()) {
      return true;
    }
    if (exhausted) {
      return false;
    }
    batch = fetch.apply(after);
    next = 0;
    if (batch.isEmpty()) {
      exhausted = true;
      return false;
    }
    after = key.applyAsLong(batch.get(batch.size() - 1));
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return map.apply(batch.get(next++));
  }
}
