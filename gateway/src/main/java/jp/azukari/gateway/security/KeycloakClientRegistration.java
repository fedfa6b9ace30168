package jp.azukari.gateway.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The realm's endpoints are configured, not discovered, so the gateway starts while Keycloak is
 * still starting, and the issuer the browser sees can differ from the address the gateway uses.
 */
@Configuration
class KeycloakClientRegistration {

  static final String REGISTRATION_ID = "keycloak";

  @Bean
  ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
    String backChannel = keycloak.realmUrl() + "/protocol/openid-connect";
    String browser = keycloak.issuer() + "/protocol/openid-connect";
    var registration =
        ClientRegistration.withRegistrationId(REGISTRATION_ID)
            .clientName("Azukari")
            .clientId(keycloak.clientId())
            .clientSecret(keycloak.clientSecret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile", "email")
            .issuerUri(keycloak.issuer())
            .authorizationUri(browser + "/auth")
            .tokenUri(backChannel + "/token")
            .jwkSetUri(backChannel + "/certs")
            .userInfoUri(backChannel + "/userinfo")
            .userNameAttributeName(IdTokenClaimNames.SUB)
            .providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
            .build();
    return new InMemoryReactiveClientRegistrationRepository(registration);
  }

  /** Tokens live in the session (stored in MongoDB), so any gateway instance can relay them. */
  @Bean
  ServerOAuth2AuthorizedClientRepository authorizedClients() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }
}
