package jp.azukari.member.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.registration.Registration.Channel;
import jp.azukari.member.registration.UserAccounts.AccountExists;
import jp.azukari.member.registration.UserAccounts.IdentityProviderUnavailable;
import jp.azukari.member.registration.UserAccounts.NewAccount;
import jp.azukari.member.registration.UserAccounts.PasswordRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Sign-up by email, its confirmation, and applications that staff type in for customers.
 *
 * <p>The public sign-up answers the same whatever the address: a new address gets a confirmation
 * link, a member's address gets a notice to log in instead, a blacklisted member's address gets
 * nothing, and too many requests for one address are quietly dropped. Confirmation creates the
 * Keycloak account before anything is stored here, so when Keycloak is down nothing changes and the
 * link keeps working.
 */
@Service
@EnableConfigurationProperties({
  RegistrationProperties.class,
  LinkProperties.class,
  KeycloakProperties.class
})
public class Registrations {

  private static final Logger log = LoggerFactory.getLogger(Registrations.class);

  private final RegistrationRepository repository;
  private final MemberRecords members;
  private final UserAccounts accounts;
  private final RegistrationProperties properties;
  private final LinkProperties links;
  private final Clock clock;

  Registrations(
      RegistrationRepository repository,
      MemberRecords members,
      UserAccounts accounts,
      RegistrationProperties properties,
      LinkProperties links,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.accounts = accounts;
    this.properties = properties;
    this.links = links;
    this.clock = clock;
  }

  /** What a confirmation link is for, as the confirmation page shows it before the password. */
  public record LinkDetails(String email, Purpose purpose) {}

  /** A web sign-up with only an address. Never tells whether the address is known. */
  public void signUp(String email, String language) {
    retryOnConcurrentChange(
        () -> {
          startSignUp(EmailAddress.normalize(email), language);
          return null;
        });
  }

  private void startSignUp(String email, String language) {
    Instant now = now();
    Optional<Member> member = members.byEmail(email);
    if (member.isPresent() && member.get().status() == AccountStatus.BLACKLISTED) {
      log.info("Sign-up for a blacklisted member's address ignored");
      return;
    }
    Optional<Registration> existing = repository.findByEmail(email);
    if (existing.isPresent() && !mayMail(existing.get(), now)) {
      log.info("Registration {}: mail limit reached, request ignored", existing.get().id());
      return;
    }
    if (member.isPresent()
        && existing.isPresent()
        && awaitsPassword(existing.get(), member.get())) {
      // Staff registered this customer, who never chose a password: the link is what they need.
      var registration = existing.get();
      registration.issueLink(links, properties.applicationLinkValidity(), language, now);
      save(registration);
      log.info("Registration {}: application link sent again", registration.id());
      return;
    }
    if (member.isPresent()) {
      var registration =
          existing.orElseGet(() -> Registration.ofMember(email, member.get().id(), now));
      registration.sendAlreadyRegisteredNotice(links, language, now);
      save(registration);
      log.info("Registration {}: address already a member's, notice sent", registration.id());
      return;
    }
    if (existing.isPresent()) {
      var registration = existing.get();
      if (registration.state() == Registration.State.CONFIRMED) {
        registration.startAgain(language, now);
      }
      registration.issueLink(links, validity(registration.purpose()), language, now);
      save(registration);
      log.info("Registration {}: link sent again", registration.id());
      return;
    }
    var registration = Registration.signUp(email, Channel.WEB, language, now);
    registration.issueLink(links, properties.signUpLinkValidity(), language, now);
    repository.insert(registration);
    log.info("Registration {} started (WEB)", registration.id());
  }

  private static boolean awaitsPassword(Registration registration, Member member) {
    return registration.state() == Registration.State.PENDING
        && registration.purpose() != Purpose.SIGN_UP
        && member.id().equals(registration.memberId())
        && !member.emailConfirmed();
  }

  /** The address and purpose of a link that still works. */
  public LinkDetails check(String token) {
    var registration = usable(token);
    return new LinkDetails(registration.email(), registration.purpose());
  }

  /**
   * Uses a confirmation link: the address is proven, the account gets its password, and a member
   * exists whose id is the Keycloak user's id.
   *
   * @return the confirmed address
   */
  public String confirm(String token, String password) {
    var registration = usable(token);
    try {
      String memberId =
          registration.purpose() == Purpose.SIGN_UP
              ? confirmSignUp(registration, password)
              : confirmApplication(registration, password);
      registration.confirm(memberId, now());
      save(registration);
      log.info("Registration {} confirmed for member {}", registration.id(), memberId);
      return registration.email();
    } catch (IdentityProviderUnavailable e) {
      throw RegistrationProblem.identityProviderUnavailable();
    } catch (PasswordRejected e) {
      throw RegistrationProblem.passwordRejected(e.getMessage());
    } catch (AccountExists e) {
      throw RegistrationProblem.accountExists();
    } catch (OptimisticLockingFailureException concurrentConfirmation) {
      throw RegistrationProblem.linkUsed();
    }
  }

  private String confirmSignUp(Registration registration, String password) {
    if (members.byEmail(registration.email()).isPresent()) {
      throw RegistrationProblem.linkUsed();
    }
    String accountId =
        accounts.create(
            new NewAccount(
                registration.email(),
                true,
                registration.startedAt(),
                null,
                null,
                registration.language()));
    try {
      accounts.setPassword(accountId, password);
    } catch (PasswordRejected rejected) {
      if (members.byId(accountId).isEmpty()) {
        // The next try with a better password creates the account again.
        accounts.delete(accountId);
      }
      throw rejected;
    }
    if (members.byId(accountId).isEmpty()) {
      members.insert(
          Member.signUp(accountId, registration.email(), registration.channel().name(), now()));
    }
    return accountId;
  }

  private String confirmApplication(Registration registration, String password) {
    String memberId = registration.memberId();
    accounts.setPassword(memberId, password);
    accounts.markEmailVerified(memberId);
    var member = members.byId(memberId).orElseThrow(RegistrationProblem::linkUnknown);
    if (member.confirmEmail(now())) {
      members.save(member);
    }
    return memberId;
  }

  /** What staff typed in for a customer on the phone or at the counter. */
  public record Application(
      Channel channel,
      String email,
      Profile profile,
      boolean sendConfirmationMail,
      String language) {}

  /**
   * Registers a customer for staff: a Keycloak account without a password, a PROVISIONAL member
   * with an unconfirmed address, and, if asked, the confirmation mail.
   */
  public Member apply(Application application) {
    String email = EmailAddress.normalize(application.email());
    if (members.blacklisted(email, application.profile().phone())) {
      throw RegistrationProblem.blacklisted();
    }
    if (members.byEmail(email).isPresent()) {
      throw RegistrationProblem.alreadyRegistered();
    }
    Instant now = now();
    Profile profile = application.profile();
    String memberId;
    try {
      memberId =
          accounts.create(
              new NewAccount(
                  email,
                  false,
                  null,
                  profile.familyName(),
                  profile.givenName(),
                  Registration.Language.of(application.language())));
    } catch (IdentityProviderUnavailable e) {
      throw RegistrationProblem.identityProviderUnavailable();
    } catch (AccountExists e) {
      throw RegistrationProblem.accountExists();
    }
    Member member =
        members.insert(
            Member.applyByStaff(memberId, email, profile, application.channel().name(), now));
    var registration =
        repository
            .findByEmail(email)
            .map(
                pending -> {
                  pending.becomeApplication(memberId, application.channel(), name(profile), now);
                  return pending;
                })
            .orElseGet(
                () ->
                    Registration.forApplication(
                        email,
                        memberId,
                        application.channel(),
                        name(profile),
                        application.language(),
                        now));
    if (application.sendConfirmationMail()) {
      registration.issueLink(
          links, properties.applicationLinkValidity(), application.language(), now);
    }
    save(registration);
    log.info("Member {} registered by staff ({})", memberId, application.channel());
    return member;
  }

  /** Sends a member's confirmation mail again, for staff; the earlier link stops working. */
  public void resendConfirmationMail(String memberId) {
    var member = members.byId(memberId).orElseThrow(RegistrationProblem::memberUnknown);
    if (member.status() == AccountStatus.BLACKLISTED) {
      throw RegistrationProblem.blacklisted();
    }
    if (member.emailConfirmed()) {
      throw RegistrationProblem.emailAlreadyConfirmed();
    }
    Instant now = now();
    Channel channel = channel(member.channel());
    String name = name(member.profile());
    var registration =
        repository
            .findByEmail(member.email())
            .orElseGet(
                () ->
                    Registration.forApplication(
                        member.email(), memberId, channel, name, null, now));
    if (registration.purpose() != Purpose.STAFF_APPLICATION
        || registration.state() != Registration.State.PENDING
        || !memberId.equals(registration.memberId())) {
      registration.becomeApplication(memberId, channel, name, now);
    }
    if (!mayMail(registration, now)) {
      throw RegistrationProblem.tooManyMails();
    }
    registration.issueLink(links, properties.applicationLinkValidity(), null, now);
    save(registration);
    log.info("Registration {}: confirmation mail sent again by staff", registration.id());
  }

  /**
   * Invites an imported member, whose Keycloak account exists already, to set a password: mails an
   * IMPORT_INVITATION link (valid as long as an application link); the earlier link stops working.
   */
  public void invite(String memberId, String language) {
    var member = members.byId(memberId).orElseThrow(RegistrationProblem::memberUnknown);
    if (member.status() == AccountStatus.BLACKLISTED) {
      throw RegistrationProblem.blacklisted();
    }
    Instant now = now();
    String name = name(member.profile());
    var registration =
        repository
            .findByEmail(member.email())
            .orElseGet(
                () -> Registration.forInvitation(member.email(), memberId, name, language, now));
    if (registration.purpose() != Purpose.IMPORT_INVITATION
        || registration.state() != Registration.State.PENDING
        || !memberId.equals(registration.memberId())) {
      registration.becomeInvitation(memberId, name, now);
    }
    if (!mayMail(registration, now)) {
      throw RegistrationProblem.tooManyMails();
    }
    registration.issueLink(links, properties.applicationLinkValidity(), language, now);
    save(registration);
    log.info("Registration {}: import invitation sent", registration.id());
  }

  private Registration usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw RegistrationProblem.linkUnknown();
    }
    var registration =
        repository
            .findByTokenHash(ConfirmationToken.hash(token.strip()))
            .orElseThrow(RegistrationProblem::linkUnknown);
    return switch (registration.linkState(now())) {
      case VALID -> registration;
      case EXPIRED -> throw RegistrationProblem.linkExpired();
      case USED -> throw RegistrationProblem.linkUsed();
    };
  }

  private boolean mayMail(Registration registration, Instant now) {
    return registration.mayMail(now, properties.mailsPerAddress(), properties.mailWindow());
  }

  private Duration validity(Purpose purpose) {
    return purpose == Purpose.SIGN_UP
        ? properties.signUpLinkValidity()
        : properties.applicationLinkValidity();
  }

  private void save(Registration registration) {
    if (registration.version() == null) {
      repository.insert(registration);
    } else {
      repository.save(registration);
    }
  }

  /** Two requests for one address at the same moment: the second reads the first's result. */
  private static <T> T retryOnConcurrentChange(Supplier<T> action) {
    try {
      return action.get();
    } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
      return action.get();
    }
  }

  private static Channel channel(String name) {
    try {
      return name == null ? Channel.PHONE : Channel.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return Channel.PHONE;
    }
  }

  private static String name(Profile profile) {
    if (profile.familyName() == null) {
      return null;
    }
    return profile.givenName() == null
        ? profile.familyName()
        : profile.familyName() + " " + profile.givenName();
  }

  /** Now, to the millisecond that MongoDB stores. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
