package jp.azukari.auctionstandin.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SSO hand-off as a browser meets it, on a real server: a token signed like the gateway signs
 * it, checked against a key set served like the gateway serves it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SsoHandOffTests {

  static final String ISSUER = "http://gateway.test";
  static final RSAKey GATEWAY_KEY = key("gateway-key-1");
  static final AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(GATEWAY_KEY));
  static final HttpServer gateway = startGateway();

  @DynamicPropertySource
  static void gatewayKeys(DynamicPropertyRegistry registry) {
    registry.add(
        "azukari.sso.jwks-url",
        () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/auction/jwks.json");
    registry.add("azukari.sso.issuer", () -> ISSUER);
    registry.add("azukari.sso.jwks-min-refresh-interval", () -> "0s");
  }

  @AfterAll
  static void stopGateway() {
    gateway.stop(0);
  }

  @LocalServerPort int port;

  /** One browser: keeps its cookies, follows no redirects. */
  final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", "text/html")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> land(String token) throws Exception {
      return get("/sso?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Lands with the token, follows the redirect, and returns the page shown. */
    HttpResponse<String> signIn(String token) throws Exception {
      var landing = land(token);
      assertThat(landing.statusCode()).as(landing.body()).isEqualTo(303);
      assertThat(landing.headers().firstValue("Location")).hasValue("/mypage");
      return get("/mypage");
    }

    HttpCookie sessionCookie() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("AUCTION_SESSION"))
          .findFirst()
          .orElse(null);
    }
  }

  @Test
  void aGoodTokenSignsTheMemberInAndTheCookieKeepsThemSignedInOnReload() throws Exception {
    var browser = new Browser();
    String token = token(GATEWAY_KEY, claims("member-good"));

    var landing = browser.land(token);

    assertThat(landing.statusCode()).isEqualTo(303);
    assertThat(landing.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(landing.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(landing.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).startsWith("AUCTION_SESSION=").contains("HttpOnly"));
    for (int reload = 0; reload < 2; reload++) {
      var page = browser.get("/mypage");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("Signed in as member <strong>member-good</strong>")
          .contains("テスト用の代替システム", "stand-in for the external auction system")
          .doesNotContain(token);
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void theLandingPageShowsOnlyTheMembersOwnListingsAndBids() throws Exception {
    var browser = new Browser();
    adminPost("{\"itemRef\":\"ITEM-own-1\",\"currentBid\":4200,\"memberRef\":\"member-own\"}");
    adminPost("{\"itemRef\":\"ITEM-own-2\",\"hammerPrice\":9800,\"memberRef\":\"member-own\"}");
    adminPost("{\"itemRef\":\"ITEM-other-1\",\"currentBid\":1234,\"memberRef\":\"member-other\"}");
    adminPost("{\"itemRef\":\"ITEM-nobody-1\",\"currentBid\":555}");

    var page = browser.signIn(token(GATEWAY_KEY, claims("member-own")));

    assertThat(page.body())
        .contains("ITEM-own-1", "4,200", "ITEM-own-2", "9,800")
        .doesNotContain("ITEM-other-1", "1,234", "ITEM-nobody-1");
  }

  @Test
  void aTokenWhosePayloadWasEditedIsRefusedAndIdentifiesNobody() throws Exception {
    var browser = new Browser();
    browser.signIn(token(GATEWAY_KEY, claims("member-victim-before")));
    String[] parts = token(GATEWAY_KEY, claims("member-honest")).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("member-honest", "member-victim");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    var refused = browser.land(forged);

    assertRefused(refused, "signature does not match");
    assertThat(refused.body()).doesNotContain("member-victim").doesNotContain(forged);
    assertThat(browser.get("/mypage").statusCode())
        .as("a refused token also ends the session that was open")
        .isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    RSAKey impostorWithTheGatewaysKeyId = key(GATEWAY_KEY.getKeyID());
    RSAKey impostorWithItsOwnKeyId = key("impostor");

    assertRefused(
        new Browser().land(token(impostorWithTheGatewaysKeyId, claims("member-x"))),
        "signature does not match");
    assertRefused(
        new Browser().land(token(impostorWithItsOwnKeyId, claims("member-x"))),
        "key that Azukari does not publish");
  }

  @Test
  void aTokenSignedWithASharedSecretInsteadOfTheGatewaysKeyIsRefused() throws Exception {
    var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(GATEWAY_KEY.getKeyID()).build();
    var jwt = new SignedJWT(header, claims("member-x"));
    jwt.sign(new MACSigner(new byte[32]));

    assertRefused(new Browser().land(jwt.serialize()), "signature does not match");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant twoMinutesAgo = Instant.now().minusSeconds(120);
    var expired =
        new JWTClaimsSet.Builder(claims("member-late"))
            .issueTime(Date.from(twoMinutesAgo))
            .expirationTime(Date.from(twoMinutesAgo.plusSeconds(60)))
            .build();

    assertRefused(new Browser().land(token(GATEWAY_KEY, expired)), "has expired");
  }

  @Test
  void aTokenWorksOnceEvenInAnotherBrowser() throws Exception {
    String token = token(GATEWAY_KEY, claims("member-once"));
    new Browser().signIn(token);

    var thief = new Browser();
    var replayed = thief.land(token);

    assertRefused(replayed, "used already");
    assertThat(thief.get("/mypage").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceOrFromAnotherIssuerIsRefused() throws Exception {
    var otherAudience =
        new JWTClaimsSet.Builder(claims("member-x")).audience("azukari-api").build();
    var otherIssuer =
        new JWTClaimsSet.Builder(claims("member-x")).issuer("http://evil.test").build();

    assertRefused(new Browser().land(token(GATEWAY_KEY, otherAudience)), "meant for another site");
    assertRefused(new Browser().land(token(GATEWAY_KEY, otherIssuer)), "not issued by Azukari");
  }

  @Test
  void aMissingOrUnreadableTokenIsRefused() throws Exception {
    assertRefused(new Browser().get("/sso"), "No sign-in token was given");
    assertRefused(new Browser().land("secret-hand-off-token-42"), "not readable");
    assertThat(new Browser().land("secret-hand-off-token-42").body())
        .doesNotContain("secret-hand-off-token-42");
  }

  @Test
  void nobodyIsSignedInWithoutTheHandOff() throws Exception {
    var page = new Browser().get("/mypage");

    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.body()).contains("Nobody is signed in").doesNotContain("Signed in as member");
  }

  @Test
  void aNewGatewayKeyIsFetchedWhenATokenNamesIt() throws Exception {
    new Browser().signIn(token(GATEWAY_KEY, claims("member-before-rotation")));
    RSAKey rotated = key("gateway-key-2");
    published.set(new JWKSet(List.of(GATEWAY_KEY.toPublicJWK(), rotated.toPublicJWK())));
    try {
      var page = new Browser().signIn(token(rotated, claims("member-after-rotation")));

      assertThat(page.body()).contains("Signed in as member <strong>member-after-rotation");
    } finally {
      published.set(new JWKSet(GATEWAY_KEY));
    }
  }

  static JWTClaimsSet claims(String memberId) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience("auction")
        .subject(memberId)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(60)))
        .build();
  }

  static String token(RSAKey key, JWTClaimsSet claims) throws Exception {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    var jwt = new SignedJWT(header, claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  static void assertRefused(HttpResponse<String> response, String reason) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body())
        .contains("Sign-in refused", reason, "Nobody is signed in", "テスト用の代替システム")
        .doesNotContain("Signed in as member");
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(
            cookie -> cookie.startsWith("AUCTION_SESSION=") && !cookie.contains("Max-Age=0"));
  }

  void adminPost(String json) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/admin/listings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  static RSAKey key(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serves the key set the way the gateway does at {@code /auction/jwks.json}. */
  static HttpServer startGateway() {
    try {
      var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/auction/jwks.json",
          exchange -> {
            byte[] body = published.get().toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
