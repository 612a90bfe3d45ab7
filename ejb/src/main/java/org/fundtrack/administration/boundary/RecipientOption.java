package org.fundtrack.administration.boundary;

import java.io.Serializable;

/** A recipient organisation a recipient user can be linked to, as a choice list shows it. */
public record RecipientOption(long id, String name) implements Serializable {}
