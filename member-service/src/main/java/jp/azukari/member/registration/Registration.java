package jp.azukari.member.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import jp.azukari.contracts.member.ConfirmationMailRequested;
import jp.azukari.contracts.member.RegistrationConfirmed;
import jp.azukari.contracts.member.RegistrationStarted;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything about proving one email address: at most one per address. It holds the hash of the one
 * confirmation link that currently works (a new link replaces it), the link's expiry, whether it
 * was used, and the recent mails to the address (to limit how often anyone can make us mail it).
 *
 * <p>The link itself travels only in {@link ConfirmationLinkIssued}, on a topic the audit log does
 * not read; the audited events name the address and purpose, never the token.
 */
@Document("registrations")
public class Registration extends OutboxAggregate {

  @Id private String id;

  @Indexed(unique = true)
  private String email;

  @Indexed private String tokenHash;

  private Channel channel;
  private Purpose purpose;
  private State state;
  private String memberId;
  private String name;
  private String language;
  private Instant linkExpiresAt;
  private Instant startedAt;
  private Instant confirmedAt;
  private Instant lastMailRequestedAt;
  private int mailRequests;
  private List<Instant> recentMails = new ArrayList<>();

  protected Registration() {}

  /** A web sign-up with only an email address; {@link #issueLink} sends its first mail. */
  public static Registration signUp(String email, Channel channel, String language, Instant now) {
    var registration = new Registration(email, Purpose.SIGN_UP, State.PENDING, now);
    registration.channel = channel;
    registration.language = Language.of(language);
    registration.registerEvent(
        new RegistrationStarted(registration.id, registration.email, channel.name()));
    return registration;
  }

  /** The address of a member whom staff registered by phone or at the counter. */
  public static Registration forApplication(
      String email, String memberId, Channel channel, String name, String language, Instant now) {
    var registration = new Registration(email, Purpose.STAFF_APPLICATION, State.PENDING, now);
    registration.memberId = memberId;
    registration.channel = channel;
    registration.name = name;
    registration.language = Language.of(language);
    return registration;
  }

  /** The address of an imported member, who is invited to set a password. */
  public static Registration forInvitation(
      String email, String memberId, String name, String language, Instant now) {
    var registration = new Registration(email, Purpose.IMPORT_INVITATION, State.PENDING, now);
    registration.memberId = memberId;
    registration.name = name;
    registration.language = Language.of(language);
    return registration;
  }

  /** The address of an existing member, kept to send them notices (e.g. already registered). */
  static Registration ofMember(String email, String memberId, Instant now) {
    var registration = new Registration(email, null, State.CONFIRMED, now);
    registration.memberId = memberId;
    registration.language = Language.JA;
    return registration;
  }

  private Registration(String email, Purpose purpose, State state, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.email = EmailAddress.normalize(email);
    this.purpose = purpose;
    this.state = state;
    this.startedAt = now;
  }

  /**
   * Staff registered the customer behind a pending web sign-up: its link would create a second
   * account, so it stops working, and later links set the password of the member staff created.
   */
  void becomeApplication(String memberId, Channel channel, String name, Instant now) {
    awaitPassword(Purpose.STAFF_APPLICATION, memberId, channel, name);
  }

  /** Like {@link #becomeApplication}, for an imported member invited to set a password. */
  void becomeInvitation(String memberId, String name, Instant now) {
    awaitPassword(Purpose.IMPORT_INVITATION, memberId, null, name);
  }

  private void awaitPassword(Purpose purpose, String memberId, Channel channel, String name) {
    this.purpose = purpose;
    this.state = State.PENDING;
    this.memberId = memberId;
    this.channel = channel;
    this.name = name;
    this.tokenHash = null;
    this.linkExpiresAt = null;
  }

  /** A web sign-up again for an address whose earlier registration has no member any more. */
  void startAgain(String language, Instant now) {
    this.purpose = Purpose.SIGN_UP;
    this.state = State.PENDING;
    this.memberId = null;
    this.channel = Channel.WEB;
    this.language = Language.of(language);
    this.startedAt = now;
    registerEvent(new RegistrationStarted(id, email, channel.name()));
  }

  /** Whether another mail to this address stays within {@code limit} mails per {@code window}. */
  boolean mayMail(Instant now, int limit, Duration window) {
    return recentMails(now, window).size() < limit;
  }

  /**
   * Issues a new confirmation link and asks for it to be mailed; any earlier link stops working.
   *
   * @param language the language of the mail, or {@code null} to keep the registration's
   */
  void issueLink(LinkProperties links, Duration validity, String language, Instant now) {
    if (state != State.PENDING) {
      throw new IllegalStateException("Registration " + id + " is " + state);
    }
    String token = ConfirmationToken.generate();
    tokenHash = ConfirmationToken.hash(token);
    linkExpiresAt = now.plus(validity);
    if (language != null) {
      this.language = Language.of(language);
    }
    requestMail(purpose, links.confirmation(token), linkExpiresAt, now);
  }

  /** Tells the owner of an address that is already a member's how to log in instead. */
  void sendAlreadyRegisteredNotice(LinkProperties links, String language, Instant now) {
    if (language != null) {
      this.language = Language.of(language);
    }
    requestMail(Purpose.ALREADY_REGISTERED, links.login(), null, now);
  }

  private void requestMail(Purpose mailPurpose, String link, Instant expiresAt, Instant now) {
    lastMailRequestedAt = now;
    mailRequests++;
    recentMails.add(now);
    registerEvent(
        new ConfirmationMailRequested(id, email, mailPurpose.name(), memberId, expiresAt));
    registerEvent(
        new ConfirmationLinkIssued(
            id, email, mailPurpose, link, expiresAt, language, memberId, name));
  }

  /** What opening a link with this registration's token hash means now. */
  LinkState linkState(Instant now) {
    if (state == State.CONFIRMED) {
      return LinkState.USED;
    }
    if (linkExpiresAt == null || !now.isBefore(linkExpiresAt)) {
      return LinkState.EXPIRED;
    }
    return LinkState.VALID;
  }

  /** The link was used: the address belongs to {@code confirmedMember} now. */
  void confirm(String confirmedMember, Instant now) {
    if (state == State.CONFIRMED) {
      throw new IllegalStateException("Registration " + id + " is already confirmed");
    }
    state = State.CONFIRMED;
    memberId = confirmedMember;
    confirmedAt = now;
    registerEvent(new RegistrationConfirmed(id, email, confirmedMember, purpose.name()));
  }

  private List<Instant> recentMails(Instant now, Duration window) {
    if (recentMails == null) {
      recentMails = new ArrayList<>();
    }
    recentMails.removeIf(sent -> sent.isBefore(now.minus(window)));
    return recentMails;
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public Channel channel() {
    return channel;
  }

  /** What the current link is for; {@code null} for a registration kept only for notices. */
  public Purpose purpose() {
    return purpose;
  }

  public State state() {
    return state;
  }

  public String memberId() {
    return memberId;
  }

  public String language() {
    return language;
  }

  public int mailRequests() {
    return mailRequests;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastMailRequestedAt() {
    return lastMailRequestedAt;
  }

  public Instant linkExpiresAt() {
    return linkExpiresAt;
  }

  /** When the link was used; {@code null} while pending. */
  public Instant confirmedAt() {
    return confirmedAt;
  }

  String tokenHash() {
    return tokenHash;
  }

  /** Where a registration started. */
  public enum Channel {
    WEB,
    PHONE,
    WALK_IN
  }

  /** PENDING until the link is used, then CONFIRMED. */
  public enum State {
    PENDING,
    CONFIRMED
  }

  enum LinkState {
    VALID,
    EXPIRED,
    USED
  }

  /** Mails are Japanese unless English was asked for. */
  static final class Language {
    static final String JA = "ja";
    static final String EN = "en";

    private Language() {}

    static String of(String requested) {
      return EN.equalsIgnoreCase(requested) ? EN : JA;
    }
  }
}
