package org.fundtrack.audit.boundary;

import java.io.Serializable;

/**
 * The record an audit entry is about, as people name it: "Instalment 2" of grant AHT-2024-0001
 * rather than {@code PaymentInstalment 141}. {@code found} is false for a record since removed (a
 * draft's schedule is replaced when the draft is revised); its type is still known.
 *
 * @param labelEn its number, reference or name in English (null when it has none)
 * @param grantReference the grant it belongs to, when it belongs to one
 */
public record AuditSubject(
    String entityType, String labelEn, String labelFr, String grantReference, boolean found)
    implements Serializable {}
