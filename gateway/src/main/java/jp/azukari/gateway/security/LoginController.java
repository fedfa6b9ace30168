package jp.azukari.gateway.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Starts a login from either web face and remembers where to go back afterwards. Only paths of this
 * site are accepted as return targets, so the login cannot be used to send users elsewhere.
 */
@RestController
class LoginController {

  static final String RETURN_TO = LoginController.class.getName() + ".returnTo";

  @GetMapping("/login")
  Mono<ResponseEntity<Void>> login(
      @RequestParam(required = false) String returnTo, WebSession session) {
    session.getAttributes().put(RETURN_TO, safeReturnTo(returnTo));
    return Mono.just(
        ResponseEntity.status(HttpStatus.FOUND)
            .location(
                URI.create("/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID))
            .build());
  }

  static String safeReturnTo(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.contains("\\")
        || returnTo.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return returnTo;
  }
}
