package jp.azukari.member.registration;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Keycloak's user accounts as service tests see them: in memory, with the realm's password policy
 * (at least 8 characters) and a switch that makes Keycloak unreachable. Found by component scanning
 * of the test classes, so every service test of the member-service uses it (one Spring context).
 */
@Component
@Primary
public class InMemoryUserAccounts implements UserAccounts {

  /** One account as Keycloak would hold it. */
  public record Account(
      String id, String email, boolean emailVerified, String password, String familyName) {}

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Instant> created = new ConcurrentHashMap<>();
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  /** Makes every call fail as if Keycloak could not be reached, until {@code false}. */
  public void down(boolean down) {
    this.down = down;
  }

  public Account byEmail(String email) {
    return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst().orElse(null);
  }

  public int count(String email) {
    return (int) accounts.values().stream().filter(a -> a.email().equals(email)).count();
  }

  @Override
  public String create(NewAccount account) {
    reachable();
    Account existing = byEmail(account.email());
    if (existing != null) {
      if (account.adoptIfCreatedSince() != null
          && !created.get(existing.id()).isBefore(account.adoptIfCreatedSince())) {
        return existing.id();
      }
      throw new AccountExists("There is already a login account with this email address.");
    }
    String id = UUID.randomUUID().toString();
    accounts.put(
        id, new Account(id, account.email(), account.emailVerified(), null, account.familyName()));
    created.put(id, Instant.now());
    return id;
  }

  @Override
  public void setPassword(String accountId, String password) {
    reachable();
    if (password.length() < 8) {
      throw new PasswordRejected("Invalid password: minimum length 8.");
    }
    accounts.computeIfPresent(
        accountId,
        (id, a) -> new Account(id, a.email(), a.emailVerified(), password, a.familyName()));
  }

  @Override
  public void markEmailVerified(String accountId) {
    reachable();
    accounts.computeIfPresent(
        accountId, (id, a) -> new Account(id, a.email(), true, a.password(), a.familyName()));
  }

  @Override
  public void delete(String accountId) {
    reachable();
    accounts.remove(accountId);
  }

  @Override
  public void disable(String accountId) {
    reachable();
    if (accounts.containsKey(accountId)) {
      disabled.add(accountId);
    }
  }

  /** Whether nobody can sign in with the account any more. */
  public boolean disabled(String accountId) {
    return disabled.contains(accountId);
  }

  public Account get(String id) {
    return accounts.get(id);
  }

  /** Puts an account in place as if someone had made it in Keycloak long ago (e.g. staff). */
  public String existing(String email) {
    String id = UUID.randomUUID().toString();
    accounts.put(id, new Account(id, email, true, "long-ago-password", null));
    created.put(id, Instant.EPOCH);
    return id;
  }

  private void reachable() {
    if (down) {
      throw new IdentityProviderUnavailable("Keycloak is down (test)", null);
    }
  }
}
