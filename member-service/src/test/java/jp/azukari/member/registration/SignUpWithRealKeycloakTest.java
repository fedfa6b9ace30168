package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EmbeddedMongo;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The member-service against the real Keycloak with the shipped realm file, when a Docker engine is
 * present (skipped otherwise): real tokens of demo users are accepted with their roles and names,
 * and a real token issued for another audience is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = EmbeddedMongo.class)
@Testcontainers(disabledWithoutDocker = true)
class SignUpWithRealKeycloakTest {

  static final String GATEWAY_SECRET = "azukari-gateway-dev-secret";

  @Container
  static final GenericContainer<?> keycloak =
      new GenericContainer<>("quay.io/keycloak/keycloak:26.7")
          .withCommand("start-dev", "--import-realm")
          .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
          .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
          .withCopyFileToContainer(
              MountableFile.forHostPath("../deploy/keycloak/azukari-realm.json"),
              "/opt/keycloak/data/import/azukari-realm.json")
          .withExposedPorts(8080)
          .waitingFor(
              Wait.forHttp("/realms/azukari/.well-known/openid-configuration")
                  .forPort(8080)
                  .withStartupTimeout(Duration.ofMinutes(3)));

  static String keycloakUrl() {
    return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080);
  }

  @DynamicPropertySource
  static void realKeycloak(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
        () -> keycloakUrl() + "/realms/azukari");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        () -> keycloakUrl() + "/realms/azukari/protocol/openid-connect/certs");
  }

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aStaffMembersRealTokenIsAcceptedAndNamesThemInTheEvent() throws Exception {
    allowPasswordGrantForThisTestOnly();
    JsonNode token = passwordGrant("staff@example.com");
    String email = "keycloak+" + UUID.randomUUID() + "@example.com";

    var response =
        TestHttp.on(port)
            .postJson(
                "/api/members/applications",
                "{\"channel\":\"PHONE\",\"email\":\"" + email + "\"}",
                token.get("access_token").asText());

    assertThat(response.statusCode()).isEqualTo(201);
    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER)) {
      var event =
          envelopes.fromJson(
              events
                  .awaitRecords(r -> r.value().contains(email), 1, Duration.ofSeconds(20))
                  .getFirst()
                  .value());
      assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
      assertThat(event.actorname()).isEqualTo("佐藤 一郎");
      assertThat(event.actorid()).isNotBlank();
    }
  }

  @Test
  void aMembersRealTokenMayNotUseTheStaffSignUp() throws Exception {
    allowPasswordGrantForThisTestOnly();
    String token = passwordGrant("member@example.com").get("access_token").asText();

    var response =
        TestHttp.on(port)
            .postJson(
                "/api/members/applications",
                "{\"channel\":\"PHONE\",\"email\":\"a@example.com\"}",
                token);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aRealTokenIssuedForAnotherAudienceIsRefused() throws Exception {
    JsonNode token =
        tokenRequest(
            "/realms/azukari/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", "azukari-member-service",
                "client_secret", "azukari-member-service-dev-secret"));

    var response =
        TestHttp.on(port)
            .postJson(
                "/api/members/applications",
                "{\"channel\":\"PHONE\",\"email\":\"a@example.com\"}",
                token.get("access_token").asText());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  /**
   * The shipped realm lets users log in only through the browser. For a test it is simpler to ask
   * for tokens with the password grant, so the test switches it on in its own container.
   */
  void allowPasswordGrantForThisTestOnly() throws Exception {
    String admin =
        tokenRequest(
                "/realms/master/protocol/openid-connect/token",
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "admin",
                    "password", "admin"))
            .get("access_token")
            .asText();
    String clients = keycloakUrl() + "/admin/realms/azukari/clients";
    JsonNode found =
        json.readTree(
            send(
                HttpRequest.newBuilder(URI.create(clients + "?clientId=azukari-gateway"))
                    .header("Authorization", "Bearer " + admin)
                    .GET()));
    ObjectNode client = (ObjectNode) found.get(0);
    client.put("directAccessGrantsEnabled", true);
    send(
        HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client))));
  }

  JsonNode passwordGrant(String username) throws Exception {
    return tokenRequest(
        "/realms/azukari/protocol/openid-connect/token",
        Map.of(
            "grant_type", "password",
            "client_id", "azukari-gateway",
            "client_secret", GATEWAY_SECRET,
            "username", username,
            "password", "azukari",
            "scope", "openid"));
  }

  JsonNode tokenRequest(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                field ->
                    field.getKey()
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return json.readTree(
        send(
            HttpRequest.newBuilder(URI.create(keycloakUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  String send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.body();
  }
}
