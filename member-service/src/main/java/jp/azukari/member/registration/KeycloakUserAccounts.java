package jp.azukari.member.registration;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Members' accounts in Keycloak, through its admin REST API as the realm's client {@code
 * azukari-member-service}. Every call is retried a few times with backoff while Keycloak is
 * unreachable or failing (5xx), behind a circuit breaker that stops calling it for a while when it
 * keeps failing; either way the caller gets {@link IdentityProviderUnavailable}. Answers that are
 * about the request itself (a rejected password, an address in use) are never retried.
 */
@Component
class KeycloakUserAccounts implements UserAccounts, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KeycloakUserAccounts.class);
  static final String MEMBER_ROLE = "member";

  private final Keycloak keycloak;
  private final String realm;
  private final Retry retry;
  private final CircuitBreaker breaker;

  KeycloakUserAccounts(KeycloakProperties properties) {
    var client =
        new ResteasyClientBuilderImpl()
            .connectionPoolSize(10)
            .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .register(JacksonProvider.class, 100)
            .build();
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(properties.url())
            .realm(properties.realm())
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(properties.clientId())
            .clientSecret(properties.clientSecret())
            .resteasyClient(client)
            .build();
    this.realm = properties.realm();
    this.retry =
        Retry.of(
            "keycloak",
            RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2))
                .retryOnException(KeycloakUserAccounts::isOutage)
                .build());
    this.breaker =
        CircuitBreaker.of(
            "keycloak",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(20))
                .recordException(KeycloakUserAccounts::isOutage)
                .build());
  }

  @Override
  public String create(NewAccount account) {
    return call(
        () -> {
          var user = new UserRepresentation();
          user.setUsername(account.email());
          user.setEmail(account.email());
          user.setEmailVerified(account.emailVerified());
          user.setEnabled(true);
          user.setFirstName(account.givenName());
          user.setLastName(account.familyName());
          user.setAttributes(Map.of("locale", List.of(account.locale())));
          String id;
          try (Response response = users().create(user)) {
            id =
                switch (response.getStatus()) {
                  case 201 -> CreatedResponseUtil.getCreatedId(response);
                  case 409 -> adopt(account);
                  default -> throw new WebApplicationException(response);
                };
          }
          grantMemberRole(users().get(id));
          return id;
        });
  }

  private String adopt(NewAccount account) {
    var existing = users().searchByEmail(account.email(), true);
    if (account.adoptIfCreatedSince() != null
        && existing.size() == 1
        && existing.getFirst().getCreatedTimestamp() != null
        && existing.getFirst().getCreatedTimestamp()
            >= account.adoptIfCreatedSince().toEpochMilli()) {
      log.info("Keycloak user {} was created by an earlier attempt", existing.getFirst().getId());
      return existing.getFirst().getId();
    }
    throw new AccountExists("There is already a login account with this email address.");
  }

  private static void grantMemberRole(UserResource user) {
    var roles = user.roles().realmLevel();
    var member =
        roles.listAvailable().stream().filter(role -> MEMBER_ROLE.equals(role.getName())).toList();
    if (!member.isEmpty()) {
      roles.add(member);
    }
  }

  @Override
  public void setPassword(String accountId, String password) {
    call(
        () -> {
          var credential = new CredentialRepresentation();
          credential.setType(CredentialRepresentation.PASSWORD);
          credential.setValue(password);
          credential.setTemporary(false);
          try {
            users().get(accountId).resetPassword(credential);
          } catch (BadRequestException rejected) {
            throw new PasswordRejected(reason(rejected));
          }
          return null;
        });
  }

  @Override
  public void markEmailVerified(String accountId) {
    call(
        () -> {
          var user = users().get(accountId);
          var representation = user.toRepresentation();
          if (!Boolean.TRUE.equals(representation.isEmailVerified())) {
            representation.setEmailVerified(true);
            user.update(representation);
          }
          return null;
        });
  }

  @Override
  public void delete(String accountId) {
    call(
        () -> {
          try (Response ignored = users().delete(accountId)) {
            return null;
          }
        });
  }

  @Override
  public void disable(String accountId) {
    call(
        () -> {
          var user = users().get(accountId);
          UserRepresentation representation;
          try {
            representation = user.toRepresentation();
          } catch (NotFoundException gone) {
            return null;
          }
          if (!Boolean.FALSE.equals(representation.isEnabled())) {
            representation.setEnabled(false);
            user.update(representation);
          }
          return null;
        });
  }

  private UsersResource users() {
    return keycloak.realm(realm).users();
  }

  /** Keycloak's own words for a rejected password, e.g. "Invalid password: minimum length 8." */
  private static String reason(BadRequestException rejected) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = rejected.getResponse().readEntity(Map.class);
      Object description = body.get("error_description");
      if (description != null) {
        return description.toString();
      }
    } catch (RuntimeException unreadable) {
      // fall through to the generic message
    }
    return "This password is not allowed. Choose a longer one.";
  }

  private <T> T call(Supplier<T> action) {
    Supplier<T> guarded =
        Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, action));
    try {
      return guarded.get();
    } catch (CallNotPermittedException open) {
      throw new IdentityProviderUnavailable("Keycloak keeps failing; not calling it for now", open);
    } catch (RuntimeException e) {
      if (isOutage(e)) {
        log.warn("Keycloak is not available: {}", e.toString());
        throw new IdentityProviderUnavailable("Keycloak is not available: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Unreachable, timed out or failing on its side, as opposed to refusing the request. */
  static boolean isOutage(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessingException) {
        return true;
      }
      if (cause instanceof WebApplicationException web
          && web.getResponse() != null
          && web.getResponse().getStatus() >= 500) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void destroy() {
    keycloak.close();
  }
}
