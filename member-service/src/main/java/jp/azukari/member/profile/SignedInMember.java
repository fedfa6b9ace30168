package jp.azukari.member.profile;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The member behind a request, from their verified token: the subject is the member's id. Nothing
 * in a request's path, query or body can name another member.
 */
public record SignedInMember(String id, String email, boolean emailVerified) {

  public SignedInMember(String id, String email) {
    this(id, email, false);
  }

  public static SignedInMember of(Jwt token) {
    return new SignedInMember(
        token.getSubject(),
        token.getClaimAsString("email"),
        Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")));
  }
}
