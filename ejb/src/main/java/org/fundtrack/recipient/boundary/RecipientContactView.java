package org.fundtrack.recipient.boundary;

/** A person at a recipient organisation, as the organisation's detail lists them. */
public record RecipientContactView(
    long id,
    String fullName,
    String title,
    String email,
    String phone,
    boolean signingAuthority,
    boolean primaryContact) {}
