package org.fundtrack.web.grant;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable line of the grant entry form's tables: a fiscal year or category, and an amount. */
public class AmountRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String key;
  private BigDecimal amount;

  AmountRow() {}

  AmountRow(String key, BigDecimal amount) {
    this.key = key;
    this.amount = amount;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
