package org.fundtrack.db;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.junit.jupiter.api.Test;

class LocalMariaDbDataSourceTest {

  @Test
  void isADataSourceOnly_soThePoolRunsLocalTransactions() {
    assertThat(DataSource.class).isAssignableFrom(LocalMariaDbDataSource.class);
    assertThat(XADataSource.class.isAssignableFrom(LocalMariaDbDataSource.class)).isFalse();
    assertThat(ConnectionPoolDataSource.class.isAssignableFrom(LocalMariaDbDataSource.class))
        .isFalse();
  }

  @Test
  void connectTimeout_isAddedUnlessTheUrlNamesOne() {
    assertThat(LocalMariaDbDataSource.withConnectTimeout("jdbc:mariadb://db:3306/fundtrack"))
        .isEqualTo("jdbc:mariadb://db:3306/fundtrack?connectTimeout=3000");
    assertThat(LocalMariaDbDataSource.withConnectTimeout("jdbc:mariadb://db/f?useSsl=true"))
        .isEqualTo("jdbc:mariadb://db/f?useSsl=true&connectTimeout=3000");
    assertThat(LocalMariaDbDataSource.withConnectTimeout("jdbc:mariadb://db/f?connectTimeout=500"))
        .isEqualTo("jdbc:mariadb://db/f?connectTimeout=500");
  }
}
