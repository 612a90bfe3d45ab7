package org.fundtrack.security.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of the user list and how many users match the filter in all. */
public record UserPage(List<UserRow> rows, long total) implements Serializable {

  public UserPage {
    rows = List.copyOf(rows);
  }
}
