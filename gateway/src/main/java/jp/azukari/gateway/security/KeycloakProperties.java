package jp.azukari.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the gateway meets Keycloak. The browser is sent to {@code issuer} (the address users can
 * reach); tokens and keys are fetched from {@code url}, which inside a cluster may be another name
 * for the same server.
 *
 * @param url Keycloak's base address for back-channel calls
 * @param issuer the realm's issuer as the browser sees it, also checked in ID tokens
 * @param clientId the gateway's client in the realm
 * @param clientSecret the gateway client's secret
 */
@ConfigurationProperties("azukari.keycloak")
public record KeycloakProperties(String url, String issuer, String clientId, String clientSecret) {

  String realmUrl() {
    return url + "/realms/azukari";
  }
}
