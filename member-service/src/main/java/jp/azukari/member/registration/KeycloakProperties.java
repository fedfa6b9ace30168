package jp.azukari.member.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the member-service reaches Keycloak's admin API: as the realm's confidential client {@code
 * azukari-member-service} with the client-credentials grant (its service account may manage users).
 *
 * @param url Keycloak's base URL
 * @param realm the realm of members and staff
 * @param clientId the member-service's client
 * @param clientSecret its secret
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("azukari.keycloak")
record KeycloakProperties(
    @DefaultValue("http://localhost:8180") String url,
    @DefaultValue("azukari") String realm,
    @DefaultValue("azukari-member-service") String clientId,
    @DefaultValue("azukari-member-service-dev-secret") String clientSecret,
    @DefaultValue("3s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {}
