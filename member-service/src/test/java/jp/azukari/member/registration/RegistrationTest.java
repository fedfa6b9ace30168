package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationMailRequested;
import jp.azukari.contracts.member.RegistrationConfirmed;
import jp.azukari.contracts.member.RegistrationStarted;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
  static final LinkProperties LINKS = new LinkProperties("https://shop.example/");

  @Test
  void startingASignUpNormalisesTheAddressAndAnnouncesIt() {
    var registration =
        Registration.signUp(" ＴＡＲＯ@Example.COM ", Registration.Channel.WEB, null, NOW);

    assertThat(registration.email()).isEqualTo("taro@example.com");
    assertThat(registration.language()).isEqualTo("ja");
    assertThat(registration.registeredEvents())
        .containsExactly(new RegistrationStarted(registration.id(), "taro@example.com", "WEB"));
  }

  @Test
  void aLinkCarriesItsTokenOnlyInTheMessageForTheMailAndExpires() {
    var registration = Registration.signUp("taro@example.com", Registration.Channel.WEB, "en", NOW);

    registration.issueLink(LINKS, Duration.ofHours(24), null, NOW);

    var requested = (ConfirmationMailRequested) registration.registeredEvents().get(1);
    var issued = (ConfirmationLinkIssued) registration.registeredEvents().get(2);
    assertThat(requested.purpose()).isEqualTo("SIGN_UP");
    assertThat(requested.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(issued.link()).startsWith("https://shop.example/signup/confirm#token=");
    assertThat(issued.language()).isEqualTo("en");
    String token = issued.link().substring(issued.link().indexOf("#token=") + 7);
    assertThat(registration.tokenHash()).isEqualTo(ConfirmationToken.hash(token));
    assertThat(requested.toString()).doesNotContain(token);
    assertThat(registration.linkState(NOW.plus(Duration.ofHours(23))))
        .isEqualTo(Registration.LinkState.VALID);
    assertThat(registration.linkState(NOW.plus(Duration.ofHours(24))))
        .isEqualTo(Registration.LinkState.EXPIRED);
  }

  @Test
  void aNewLinkReplacesTheOldOne() {
    var registration = Registration.signUp("taro@example.com", Registration.Channel.WEB, null, NOW);
    registration.issueLink(LINKS, Duration.ofHours(24), null, NOW);
    String first = registration.tokenHash();

    registration.issueLink(LINKS, Duration.ofHours(24), null, NOW.plusSeconds(60));

    assertThat(registration.tokenHash()).isNotEqualTo(first);
    assertThat(registration.mailRequests()).isEqualTo(2);
  }

  @Test
  void aConfirmedLinkIsUsed() {
    var registration = Registration.signUp("taro@example.com", Registration.Channel.WEB, null, NOW);
    registration.issueLink(LINKS, Duration.ofHours(24), null, NOW);

    registration.confirm("member-1", NOW.plusSeconds(5));

    assertThat(registration.linkState(NOW.plusSeconds(6))).isEqualTo(Registration.LinkState.USED);
    assertThat(registration.registeredEvents())
        .contains(
            new RegistrationConfirmed(
                registration.id(), "taro@example.com", "member-1", "SIGN_UP"));
  }

  @Test
  void mailsAreCountedPerWindow() {
    var registration = Registration.signUp("taro@example.com", Registration.Channel.WEB, null, NOW);
    for (int i = 0; i < 5; i++) {
      registration.issueLink(LINKS, Duration.ofHours(24), null, NOW.plusSeconds(i));
    }

    assertThat(registration.mayMail(NOW.plusSeconds(10), 5, Duration.ofHours(1))).isFalse();
    assertThat(registration.mayMail(NOW.plus(Duration.ofMinutes(61)), 5, Duration.ofHours(1)))
        .isTrue();
  }

  @Test
  void tokensAreLongRandomAndUrlSafe() {
    String one = ConfirmationToken.generate();
    String other = ConfirmationToken.generate();

    assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other);
    assertThat(ConfirmationToken.hash(one)).hasSize(64).isEqualTo(ConfirmationToken.hash(one));
  }

  @Test
  void anImportedMembersInvitationSetsThePasswordOfTheirAccount() {
    var registration =
        Registration.forInvitation("taro@example.com", "member-7", "山田 太郎", "en", NOW);

    registration.issueLink(LINKS, Duration.ofDays(7), null, NOW);

    var issued = (ConfirmationLinkIssued) registration.registeredEvents().getLast();
    assertThat(issued.purpose()).isEqualTo(ConfirmationLinkIssued.Purpose.IMPORT_INVITATION);
    assertThat(issued.memberId()).isEqualTo("member-7");
    assertThat(issued.name()).isEqualTo("山田 太郎");
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
  }
}
