package jp.azukari.member.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.member.EmailConfirmed;
import jp.azukari.contracts.member.MemberCreated;
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
  private String channel;

  protected Member() {}

  /**
   * A PROVISIONAL member with nothing but the address from their token. Until sign-up confirmation
   * creates members, this happens the first time a signed-in member reaches the service.
   */
  public static Member provision(String subject, String email, Instant now) {
    return provision(subject, email, false, now);
  }

  /**
   * A PROVISIONAL member first seen through their token; {@code emailConfirmed} comes from the
   * token's {@code email_verified} claim.
   */
  public static Member provision(
      String subject, String email, boolean emailConfirmed, Instant now) {
    return create(subject, email, emailConfirmed, null, Profile.EMPTY, now);
  }

  /**
   * A PROVISIONAL member who opened the confirmation link of a web sign-up: the address is
   * confirmed. {@code id} is the Keycloak user created for them.
   */
  public static Member signUp(String id, String email, String channel, Instant now) {
    return create(id, email, true, channel, Profile.EMPTY, now);
  }

  /**
   * A PROVISIONAL member whose application staff typed in on the phone or at the counter; the
   * address is not confirmed until the customer opens the confirmation mail.
   */
  public static Member applyByStaff(
      String id, String email, Profile profile, String channel, Instant now) {
    return create(id, email, false, channel, profile, now);
  }

  private static Member create(
      String id,
      String email,
      boolean emailConfirmed,
      String channel,
      Profile profile,
      Instant now) {
    var member = new Member();
    member.id = id;
    member.email = email;
    member.emailConfirmed = emailConfirmed;
    member.channel = channel;
    member.status = AccountStatus.PROVISIONAL;
    member.profile = Profile.EMPTY;
    member.createdAt = now;
    member.updatedAt = now;
    member.registerEvent(
        new MemberCreated(id, email, member.status.name(), channel, emailConfirmed));
    member.changeProfile(profile, now);
    return member;
  }

  /**
   * The member proved that mail to their address reaches them.
   *
   * @return whether anything changed
   */
  public boolean confirmEmail(Instant now) {
    if (emailConfirmed) {
      return false;
    }
    emailConfirmed = true;
    updatedAt = now;
    registerEvent(new EmailConfirmed(id, email));
    return true;
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

  /** Where the member came from ({@code WEB}, {@code PHONE}, {@code WALK_IN}); may be null. */
  public String channel() {
    return channel;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
