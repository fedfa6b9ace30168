package jp.azukari.member.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class SignedInMemberTest {

  static Jwt.Builder token() {
    return Jwt.withTokenValue("t")
        .header("alg", "RS256")
        .subject("0b6f1c2e-member")
        .issuedAt(Instant.parse("2026-11-22T01:00:00Z"))
        .expiresAt(Instant.parse("2026-11-22T01:05:00Z"));
  }

  @Test
  void isTheTokensSubjectWithTheTokensEmail() {
    var member = SignedInMember.of(token().claim("email", "member@example.com").build());

    assertThat(member).isEqualTo(new SignedInMember("0b6f1c2e-member", "member@example.com"));
  }

  @Test
  void aTokenWithoutEmailStillIdentifiesTheMember() {
    assertThat(SignedInMember.of(token().build()))
        .isEqualTo(new SignedInMember("0b6f1c2e-member", null));
  }
}
