package org.fundtrack.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The application's MariaDB data source as a plain {@link DataSource}, so that the server runs
 * every transaction as a local one.
 *
 * <p>Payara chooses the resource type of a {@code @DataSourceDefinition} from the interfaces of its
 * class, XADataSource first: Connector/J's {@link MariaDbDataSource} is also an XADataSource, so
 * every transaction ran as {@code XA START … XA COMMIT … ONE PHASE}. For one database XA buys
 * nothing, and MariaDB's crash recovery of XA transactions with binary logging can lose an
 * acknowledged commit or leave it prepared, holding its locks. This class implements DataSource
 * only, so Payara pools it as {@code javax.sql.DataSource} and commits with {@code COMMIT}.
 *
 * <p>Connecting gives up after {@value #DEFAULT_CONNECT_TIMEOUT_MILLIS} ms unless the URL names its
 * own {@code connectTimeout}: a request that needs an unreachable database fails fast instead of
 * waiting for the driver's 30 s default.
 */
public final class LocalMariaDbDataSource implements DataSource {

  static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 3000;

  private final MariaDbDataSource delegate = new MariaDbDataSource();

  /** Called by the server with the definition's {@code url}. */
  public void setUrl(String url) throws SQLException {
    delegate.setUrl(withConnectTimeout(url));
  }

  public String getUrl() {
    return delegate.getUrl();
  }

  public void setUser(String user) throws SQLException {
    delegate.setUser(user);
  }

  public String getUser() {
    return delegate.getUser();
  }

  public void setPassword(String password) throws SQLException {
    delegate.setPassword(password);
  }

  static String withConnectTimeout(String url) {
    if (url == null || url.contains("connectTimeout=")) {
      return url;
    }
    return url
        + (url.contains("?") ? "&" : "?")
        + "connectTimeout="
        + DEFAULT_CONNECT_TIMEOUT_MILLIS;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
