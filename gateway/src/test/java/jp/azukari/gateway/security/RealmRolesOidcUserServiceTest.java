package jp.azukari.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class RealmRolesOidcUserServiceTest {

  private static String unsignedToken(String claimsJson) {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  @Test
  void readsTheRealmRolesOfTheAccessToken() {
    String token =
        unsignedToken(
            "{\"sub\":\"u\",\"realm_access\":{\"roles\":[\"staff\",\"offline_access\",\"kyc-verifier\"]}}");

    assertThat(RealmRolesOidcUserService.realmRoles(token))
        .containsExactly("staff", "offline_access", "kyc-verifier")
        .filteredOn(RealmRolesOidcUserService.AZUKARI_ROLES::contains)
        .containsExactly("staff", "kyc-verifier");
  }

  @Test
  void aTokenWithoutRealmRolesGivesNone() {
    assertThat(RealmRolesOidcUserService.realmRoles(unsignedToken("{\"sub\":\"u\"}"))).isEmpty();
  }

  @Test
  void anOpaqueTokenIsRefused() {
    assertThatThrownBy(() -> RealmRolesOidcUserService.realmRoles("opaque-token"))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }
}
