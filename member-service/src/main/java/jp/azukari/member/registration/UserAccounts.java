package jp.azukari.member.registration;

/**
 * The login accounts of members, kept by the identity provider (Keycloak). A member's id is the id
 * of their account here. Implementations throw {@link IdentityProviderUnavailable} when the
 * identity provider cannot be reached, so that a caller changes nothing and can be retried.
 */
public interface UserAccounts {

  /**
   * Creates an account with the {@code member} role. If the address has an account created at or
   * after {@link NewAccount#adoptIfCreatedSince()} (an earlier attempt of the same confirmation
   * that was interrupted before the member was stored), that account is returned instead.
   *
   * @return the account's id
   * @throws AccountExists if the address belongs to another account
   */
  String create(NewAccount account);

  /**
   * Sets the account's password.
   *
   * @throws PasswordRejected if the password does not meet the realm's password policy
   */
  void setPassword(String accountId, String password);

  /** Marks the account's address verified. */
  void markEmailVerified(String accountId);

  /** Removes an account that was created for a confirmation that could not be completed. */
  void delete(String accountId);

  /**
   * Disables an account so that nobody can sign in with it any more, keeping it (and its address,
   * so nobody signs up with it again unnoticed) for the record. Disabling a disabled or missing
   * account does nothing.
   */
  void disable(String accountId);

  /**
   * @param email the address, which is also the user name
   * @param emailVerified whether the address is proven already
   * @param adoptIfCreatedSince an existing account of the address created since this moment is the
   *     one an interrupted earlier attempt made; {@code null} never adopts one
   * @param familyName the family name, if known
   * @param givenName the given name, if known
   * @param locale {@code ja} or {@code en}
   */
  record NewAccount(
      String email,
      boolean emailVerified,
      java.time.Instant adoptIfCreatedSince,
      String familyName,
      String givenName,
      String locale) {}

  /** The identity provider did not answer; nothing was changed by the caller. */
  class IdentityProviderUnavailable extends RuntimeException {
    public IdentityProviderUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The password does not meet the policy; the message says why, in words a user understands. */
  class PasswordRejected extends RuntimeException {
    public PasswordRejected(String message) {
      super(message);
    }
  }

  /** Another account already has this address. */
  class AccountExists extends RuntimeException {
    public AccountExists(String message) {
      super(message);
    }
  }
}
