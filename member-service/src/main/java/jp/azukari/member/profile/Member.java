package jp.azukari.member.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MemberImported;
import jp.azukari.contracts.member.PayoutAccountChanged;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 会員: a customer account. Its id is the member's Keycloak subject, so a member's token leads to
 * exactly one record and to no other. Every change is announced with the changed fields' before and
 * after values.
 */
@Document("members")
public class Member extends OutboxAggregate {

  @Id private String id;
  private String email;
  private boolean emailConfirmed;
  private AccountStatus status;
  private String statusReason;
  private Profile profile;
  private PayoutAccount payoutAccount;
  private Verification verification;
  private Instant createdAt;
  private Instant updatedAt;

  protected Member() {}

  /**
   * A PROVISIONAL member with nothing but the address from their token. Until sign-up confirmation
   * creates members, this happens the first time a signed-in member reaches the service.
   */
  public static Member provision(String subject, String email, Instant now) {
    var member = new Member();
    member.id = subject;
    member.email = email;
    member.status = AccountStatus.PROVISIONAL;
    member.profile = Profile.EMPTY;
    member.createdAt = now;
    member.updatedAt = now;
    member.registerEvent(new MemberCreated(subject, email, member.status.name()));
    return member;
  }

  /**
   * A PROVISIONAL member created by a staff import of an existing customer: the profile is filled
   * in, the address is not confirmed and there is no login yet (the member gets an invitation
   * mail). Announced as created, with the profile's fields as changes from nothing, and as
   * imported.
   *
   * @param id a new id; the member's login is linked to it when the invitation is accepted
   */
  public static Member imported(
      String id, String email, Profile profile, String importId, Instant now) {
    var member = new Member();
    member.id = id;
    member.email = email;
    member.status = AccountStatus.PROVISIONAL;
    member.profile = Profile.EMPTY;
    member.createdAt = now;
    member.updatedAt = now;
    member.registerEvent(new MemberCreated(id, email, member.status.name()));
    member.changeProfile(profile, now);
    member.registerEvent(new MemberImported(id, email, importId));
    return member;
  }

  /**
   * Replaces the profile.
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  public boolean changeProfile(Profile changed, Instant now) {
    var changes = changed.changesSince(profile());
    if (changes.isEmpty()) {
      return false;
    }
    profile = changed;
    updatedAt = now;
    registerEvent(new ProfileChanged(id, changes));
    return true;
  }

  /**
   * Replaces the payout account.
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  public boolean changePayoutAccount(PayoutAccount changed, Instant now) {
    var changes = changed.changesSince(payoutAccount);
    if (changes.isEmpty()) {
      return false;
    }
    payoutAccount = changed;
    updatedAt = now;
    registerEvent(new PayoutAccountChanged(id, changes));
    return true;
  }

  /**
   * Complete when every field the shop needs to buy from the member is there: the profile's
   * required fields ({@link Profile#missingFields()}) and a payout account.
   */
  public boolean profileComplete() {
    return missingFields().isEmpty();
  }

  /** What is still missing for {@link #profileComplete()}, by API field names. */
  public List<String> missingFields() {
    var missing = new ArrayList<>(profile().missingFields());
    if (payoutAccount == null) {
      missing.add("payoutAccount");
    }
    return missing;
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  /** Whether the member proved that mail to {@link #email()} reaches them. */
  public boolean emailConfirmed() {
    return emailConfirmed;
  }

  public AccountStatus status() {
    return status;
  }

  /** Why staff set the current status, in words the member may read; {@code null} if none. */
  public String statusReason() {
    return statusReason;
  }

  public Verification verification() {
    return verification == null ? Verification.NOT_SUBMITTED : verification;
  }

  public Profile profile() {
    return profile == null ? Profile.EMPTY : profile;
  }

  /** The payout account, or {@code null} until the member gave one. */
  public PayoutAccount payoutAccount() {
    return payoutAccount;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
