package jp.azukari.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stands in for Keycloak's token endpoint in service tests: it serves a real JWK set over HTTP, so
 * the services verify tokens exactly as in production (signature, issuer, audience, expiry), and
 * mints tokens shaped like the realm's (realm roles in {@code realm_access.roles}). System tests
 * use the real Keycloak.
 */
public final class TestIssuer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String AUDIENCE = "azukari-api";
  private static final RSAKey KEY = generateKey();
  private static final RSAKey FOREIGN_KEY = generateKey();
  private static String baseUrl;

  public static synchronized String issuer() {
    if (baseUrl == null) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(
            "/realms/azukari/protocol/openid-connect/certs",
            exchange -> {
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, jwks.length);
              exchange.getResponseBody().write(jwks);
              exchange.close();
            });
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return baseUrl + "/realms/azukari";
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String issuer = issuer();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "testIssuer",
                Map.of(
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                    issuer,
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                    issuer + "/protocol/openid-connect/certs")));
  }

  /** A token builder for a user with the given subject, display name and realm roles. */
  public static Token user(String subject, String name, String... roles) {
    return new Token(subject, name, List.of(roles));
  }

  public static String member(String subject) {
    return user(subject, "山田 花子", "member").encode();
  }

  public static String staff() {
    return user("staff-1", "佐藤 一郎", "staff").encode();
  }

  public static String admin() {
    return user("admin-1", "高橋 三郎", "staff", "kyc-verifier", "admin").encode();
  }

  public record Token(
      String subject,
      String name,
      List<String> roles,
      String audience,
      String issuerOverride,
      Duration expiresIn,
      boolean foreignKey,
      String email,
      Boolean emailVerified) {

    Token(String subject, String name, List<String> roles) {
      this(subject, name, roles, AUDIENCE, null, Duration.ofMinutes(5), false, null, null);
    }

    public Token audience(String audience) {
      return new Token(
          subject,
          name,
          roles,
          audience,
          issuerOverride,
          expiresIn,
          foreignKey,
          email,
          emailVerified);
    }

    public Token issuer(String issuer) {
      return new Token(
          subject, name, roles, audience, issuer, expiresIn, foreignKey, email, emailVerified);
    }

    public Token expired() {
      return new Token(
          subject,
          name,
          roles,
          audience,
          issuerOverride,
          Duration.ofMinutes(-10),
          foreignKey,
          email,
          emailVerified);
    }

    /** Signed with a key the realm does not publish. */
    public Token signedByStranger() {
      return new Token(
          subject, name, roles, audience, issuerOverride, expiresIn, true, email, emailVerified);
    }

    /** With the {@code email} and {@code email_verified} claims Keycloak adds for its users. */
    public Token email(String address, boolean verified) {
      return new Token(
          subject, name, roles, audience, issuerOverride, expiresIn, foreignKey, address, verified);
    }

    public String encode() {
      Instant now = Instant.now();
      var claims =
          new JWTClaimsSet.Builder()
              .jwtID(UUID.randomUUID().toString())
              .issuer(issuerOverride != null ? issuerOverride : TestIssuer.issuer())
              .subject(subject)
              .audience(audience)
              .issueTime(
                  Date.from(
                      now.minusSeconds(60)
                          .plus(expiresIn.isNegative() ? expiresIn : Duration.ZERO)))
              .expirationTime(Date.from(now.plus(expiresIn)))
              .claim("name", name)
              .claim("preferred_username", subject)
              .claim("realm_access", Map.of("roles", roles))
              .claim("email", email)
              .claim("email_verified", emailVerified)
              .build();
      RSAKey key = foreignKey ? FOREIGN_KEY : KEY;
      try {
        var jwt =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static RSAKey generateKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
