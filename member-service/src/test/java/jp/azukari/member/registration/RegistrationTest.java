package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.azukari.contracts.member.RegistrationStarted;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  @Test
  void startingASignUpNormalisesTheAddressAndAnnouncesIt() {
    var registration = Registration.start(" ＴＡＲＯ@Example.COM ", Registration.Channel.WEB, NOW);

    assertThat(registration.email()).isEqualTo("taro@example.com");
    assertThat(registration.registeredEvents())
        .containsExactly(new RegistrationStarted(registration.id(), "taro@example.com", "WEB"));
  }

  @Test
  void askingAgainForTheSameAddressRequestsAnotherMail() {
    var registration = Registration.start("taro@example.com", Registration.Channel.PHONE, NOW);

    registration.requestMail(NOW.plusSeconds(60));

    assertThat(registration.mailRequests()).isEqualTo(2);
    assertThat(registration.lastMailRequestedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(registration.registeredEvents())
        .hasSize(2)
        .allSatisfy(event -> assertThat(event.aggregateId()).isEqualTo(registration.id()));
  }
}
