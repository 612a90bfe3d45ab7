package org.fundtrack.recipient.boundary;

import java.util.List;
import org.fundtrack.recipient.entity.RiskRating;

/**
 * One organisation in full, with its active contacts.
 *
 * @param riskRating the ministry's internal risk assessment; null for recipient callers, who see
 *     their own organisation but not how the ministry rates it
 */
public record RecipientDetail(
    RecipientSummary summary,
    String businessNumber,
    String street,
    String postalCode,
    RiskRating riskRating,
    boolean demo,
    List<RecipientContactView> contacts) {

  public RecipientDetail {
    contacts = List.copyOf(contacts);
  }
}
