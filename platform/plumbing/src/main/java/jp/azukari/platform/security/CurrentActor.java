package jp.azukari.platform.security;

import java.util.List;
import jp.azukari.contracts.Actor;
import jp.azukari.contracts.ActorType;
import jp.azukari.platform.web.ClientAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The actor of whatever the current thread does: taken from the verified access token, never from
 * the request body. Without a token (a public sign-up form, a scheduled job, a consumed event) the
 * actor is this service itself.
 *
 * <p>Where the actor acted from is the {@link ClientAddress} of the request, none for the system's
 * own work.
 */
public class CurrentActor {

  private final String serviceName;

  public CurrentActor(String serviceName) {
    this.serviceName = serviceName;
  }

  public Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      var jwt = token.getToken();
      List<String> roles = RealmRolesConverter.realmRoles(jwt);
      ActorType type =
          roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN)
              ? ActorType.STAFF
              : ActorType.MEMBER;
      return new Actor(jwt.getSubject(), type, displayName(jwt));
    }
    return Actor.system(serviceName);
  }

  /** The address of the client whose request the current thread serves, null without one. */
  public String clientAddress() {
    return ClientAddress.current();
  }

  /** Japanese order, family name first, as members and staff write their names. */
  static String displayName(Jwt jwt) {
    String family = jwt.getClaimAsString("family_name");
    String given = jwt.getClaimAsString("given_name");
    if (family != null && given != null) {
      return family + " " + given;
    }
    String name = jwt.getClaimAsString("name");
    return name != null ? name : jwt.getClaimAsString("preferred_username");
  }
}
