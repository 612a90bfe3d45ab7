package org.fundtrack.shared.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many rows an export reads per keyset batch ({@code fundtrack.export.batch-size}, 1,000): the
 * one setting for every export's batches, which bounds their memory and the length of each batch's
 * transaction. The integration tests run with a handful, so that every export they read crosses
 * many batch boundaries. Configuration only, the same on every instance.
 */
@ApplicationScoped
public class ExportBatch {

  @Inject
  @ConfigProperty(name = "fundtrack.export.batch-size", defaultValue = "1000")
  int rows;

  /** Rows per batch. */
  public int rows() {
    return rows;
  }
}
