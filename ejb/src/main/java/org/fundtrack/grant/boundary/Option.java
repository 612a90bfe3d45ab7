package org.fundtrack.grant.boundary;

import java.io.Serializable;

/**
 * One choice of a form's list (a recipient, a fund, an expense category, a fiscal year): the value
 * the service takes, and its label in English and French.
 */
public record Option(String value, String labelEn, String labelFr) implements Serializable {

  public String label(boolean french) {
    return french ? labelFr : labelEn;
  }
}
