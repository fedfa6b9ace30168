package jp.azukari.member.importing;

import jp.azukari.member.profile.Profile;

/**
 * The login side of importing existing customers: every member a real run creates gets a login
 * account first (its id becomes the member's id, as for every member) and, once stored, the
 * invitation mail that lets them set a password and log in with their address.
 */
public interface Invitations {

  /**
   * Opens a login account without a password for a customer about to be imported.
   *
   * @return the account's id, which the member is stored under
   * @throws AccountRefused if no account can be opened for the row; the row is then rejected
   */
  String openAccount(String email, Profile profile);

  /** Mails the invitation; a failure is logged and never undoes the import. */
  void invite(String memberId, String email, String importId);

  /** No login account could be opened for a row; the message tells staff why. */
  class AccountRefused extends RuntimeException {

    private final String code;

    public AccountRefused(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
