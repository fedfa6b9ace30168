package jp.azukari.gateway.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives the logged-in user the Azukari realm roles of their access token as {@code ROLE_<role>}.
 * The token came straight from Keycloak's token endpoint over the back channel; the services verify
 * it again whenever it is relayed.
 */
@Component
class RealmRolesOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

  /**
   * The realm's own roles; Keycloak's built-in ones (offline_access and such) mean nothing here.
   */
  static final Set<String> AZUKARI_ROLES = Set.of("member", "staff", "kyc-verifier", "admin");

  private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();

  @Override
  public Mono<OidcUser> loadUser(OidcUserRequest request) {
    return delegate
        .loadUser(request)
        .map(
            user -> {
              List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
              realmRoles(request.getAccessToken().getTokenValue()).stream()
                  .filter(AZUKARI_ROLES::contains)
                  .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                  .forEach(authorities::add);
              return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
            });
  }

  static List<String> realmRoles(String accessToken) {
    try {
      Object realmAccess = JWTParser.parse(accessToken).getJWTClaimsSet().getClaim("realm_access");
      if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
        return roles.stream().map(String::valueOf).toList();
      }
      return List.of();
    } catch (ParseException e) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error("invalid_token", "The access token is not a JWT", null), e);
    }
  }
}
