package org.fundtrack.security.entity;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed}; each equals the {@link Role}
 * constant of the same name (a unit test holds them together).
 */
public final class Roles {

  public static final String OFFICER = "OFFICER";
  public static final String DIRECTOR = "DIRECTOR";
  public static final String RECIPIENT = "RECIPIENT";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
