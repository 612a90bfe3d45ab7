package org.fundtrack.grant.control;

/** A field of a grant draft that does not agree with the rest, and the message key saying why. */
public record DraftProblem(String field, String messageKey) {}
