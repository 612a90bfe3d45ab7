package org.fundtrack.web.shared;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Recognises a failure that says the database is away or cannot take the request right now (no
 * connection, a connection lost, the pool unable to hand one out, a lock wait that timed out, a
 * deadlock), as opposed to a defect. Such a request was not done and can be repeated later: the API
 * answers 503 with Retry-After and pages show "temporarily unavailable", never a 500.
 */
public final class DatabaseOutage {

  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * MariaDB errors that mean "not now": lock wait timeout, deadlock, shutdown, killed, read-only.
   */
  private static final Set<Integer> NOT_NOW = Set.of(1205, 1213, 1053, 1927, 1290, 1836);

  /** Exceptions of the pool and of the JDBC connector, named so this class needs neither API. */
  private static final Set<String> POOL_FAILURES =
      Set.of(
          "jakarta.resource.ResourceException",
          "jakarta.resource.spi.ResourceAllocationException",
          "com.sun.appserv.connectors.internal.api.PoolingException");

  private DatabaseOutage() {}

  /** Whether {@code thrown}, or anything in its cause chain, is a database outage. */
  public static boolean explains(Throwable thrown) {
    return Causes.anywhere(thrown, t -> isOutage(t) || isCommitInDoubt(t));
  }

  /**
   * Whether the connection was lost while the transaction manager was committing: the database may
   * or may not have made the change durable before it went away, so the client must look before
   * repeating the request (or repeat it with the same Idempotency-Key). The transaction manager
   * reports this as an {@link XAException} that carries the resource's failure in its message only
   * (the cause is not chained), so the message is what can be read.
   */
  public static boolean leftCommitInDoubt(Throwable thrown) {
    return Causes.anywhere(thrown, DatabaseOutage::isCommitInDoubt);
  }

  /** XA codes for "the resource manager went away" and "rolled back: communication failed". */
  private static final Set<Integer> XA_LOST =
      Set.of(XAException.XAER_RMFAIL, XAException.XA_RBCOMMFAIL, XAException.XA_HEURHAZ);

  private static boolean isCommitInDoubt(Throwable t) {
    if (!(t instanceof XAException xa)) {
      return false;
    }
    String message = String.valueOf(xa.getMessage());
    return XA_LOST.contains(xa.errorCode)
        || message.contains("LocalTransactionException")
        || (xa.getCause() != null && DatabaseOutage.explains(xa.getCause()));
  }

  private static boolean isOutage(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof ConnectException
        || t instanceof SocketTimeoutException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      return (state != null && state.startsWith("08")) || NOT_NOW.contains(sql.getErrorCode());
    }
    return POOL_FAILURES.contains(t.getClass().getName());
  }
}
