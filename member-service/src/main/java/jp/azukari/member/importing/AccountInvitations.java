package jp.azukari.member.importing;

import jp.azukari.member.profile.Profile;
import jp.azukari.member.registration.Registrations;
import jp.azukari.member.registration.UserAccounts;
import jp.azukari.member.registration.UserAccounts.AccountExists;
import jp.azukari.member.registration.UserAccounts.IdentityProviderUnavailable;
import jp.azukari.member.registration.UserAccounts.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Opens imported members' Keycloak accounts and mails their invitation links. */
@Component
class AccountInvitations implements Invitations {

  private static final Logger log = LoggerFactory.getLogger(AccountInvitations.class);

  /** Imported customers are Japanese shops' customers; they may switch to English at any time. */
  private static final String LANGUAGE = "ja";

  private final UserAccounts accounts;
  private final Registrations registrations;

  AccountInvitations(UserAccounts accounts, Registrations registrations) {
    this.accounts = accounts;
    this.registrations = registrations;
  }

  @Override
  public String openAccount(String email, Profile profile) {
    try {
      return accounts.create(
          new NewAccount(email, false, null, profile.familyName(), profile.givenName(), LANGUAGE));
    } catch (AccountExists exists) {
      throw new AccountRefused(
          "import.accountExists",
          "This address already has a login account; ask the customer to sign up with it or"
              + " correct the address.");
    } catch (IdentityProviderUnavailable unavailable) {
      throw new AccountRefused(
          "import.loginUnavailable",
          "The login system did not answer, so no account was opened; import this row again"
              + " later.");
    }
  }

  @Override
  public void invite(String memberId, String email, String importId) {
    try {
      registrations.invite(memberId, LANGUAGE);
    } catch (RuntimeException notSent) {
      log.warn("Member {} imported by {}: invitation not sent ({})", memberId, importId, notSent);
    }
  }
}
