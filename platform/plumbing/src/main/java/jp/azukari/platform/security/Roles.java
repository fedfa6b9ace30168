package jp.azukari.platform.security;

/** Realm roles of the Keycloak realm {@code azukari}, as Spring Security role names. */
public final class Roles {

  public static final String MEMBER = "member";
  public static final String STAFF = "staff";
  public static final String KYC_VERIFIER = "kyc-verifier";
  public static final String ADMIN = "admin";

  private Roles() {}
}
