package jp.azukari.gateway.web;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Who am I" for the web front end: the logged-in person and their realm roles. */
@RestController
class MeController {

  record Me(String subject, String name, String email, List<String> roles) {}

  /** Japanese order, family name first, as members and staff write their names. */
  static String displayName(OidcUser user) {
    if (user.getFamilyName() != null && user.getGivenName() != null) {
      return user.getFamilyName() + " " + user.getGivenName();
    }
    return user.getFullName();
  }

  @GetMapping("/api/me")
  Me me(@AuthenticationPrincipal OidcUser user) {
    List<String> roles =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .sorted()
            .toList();
    return new Me(user.getSubject(), displayName(user), user.getEmail(), roles);
  }
}
