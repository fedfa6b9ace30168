package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The plumbing carried end to end on the running system: a registration started through the gateway
 * is stored by member-service, published through its outbox to Kafka, recorded by audit-service
 * with the actor from the Keycloak token, and read back by staff through the gateway.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class RegistrationAuditTrailSystemTest {

  static final String GATEWAY = System.getProperty("azukari.url", "http://localhost:8080");
  static final String KEYCLOAK =
      System.getProperty("azukari.keycloak.url", "http://localhost:8180");
  static final String PASSWORD = "azukari";

  static String uniqueEmail() {
    return "system-test+" + UUID.randomUUID() + "@example.com";
  }

  @Test
  void staffPhoneApplicationIsRecordedInTheAuditLogWithTheStaffMemberAsActorAndNoLink() {
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", PASSWORD);
    var me = staff.getApi("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    String staffSubject = JsonPath.read(me.body(), "$.subject");
    assertThat(JsonPath.<List<String>>read(me.body(), "$.roles")).contains("staff");

    String email = uniqueEmail();
    var accepted =
        staff.postApi(
            "/api/members/applications",
            "{\"email\":\"" + email + "\",\"channel\":\"PHONE\",\"sendConfirmationMail\":true}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    String correlationId = accepted.headers().firstValue("X-Correlation-Id").orElseThrow();

    Map<String, Object> record =
        awaitAuditRecordFor(staff, "member.ConfirmationMailRequested", email);
    assertThat(record)
        .containsEntry("type", "member.ConfirmationMailRequested")
        .containsEntry("service", "member")
        .containsEntry("entityType", "member");
    assertThat(record.get("actor"))
        .isEqualTo(Map.of("id", staffSubject, "type", "staff", "name", "佐藤 一郎"));
    assertThat(record.get("time")).isNotNull();
    // From where: the address the gateway saw the staff member's browser at.
    assertThat(record.get("clientAddress")).isNotNull();
    // The id the gateway gave the request travelled over HTTP, through the outbox and Kafka.
    assertThat(record).containsEntry("correlationId", correlationId);
    // The link's secret goes only to the mail, never to the audit log.
    assertThat(record.toString()).doesNotContain("token=");
  }

  @Test
  void publicSignUpThroughTheGatewayIsRecordedWithTheSystemAsActor() {
    var visitor = new Browser(GATEWAY);
    String email = uniqueEmail();

    var accepted = visitor.postApi("/api/members/registrations", "{\"email\":\"" + email + "\"}");

    assertThat(accepted.statusCode()).isEqualTo(202);
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", PASSWORD);
    var record = awaitAuditRecordFor(staff, "member.RegistrationStarted", email);
    assertThat(((Map<?, ?>) record.get("actor")).get("type")).isEqualTo("system");
    // Nobody is logged in, but the request still came from somewhere.
    assertThat(record.get("clientAddress")).isNotNull();
  }

  @Test
  void membersCannotReadTheAuditLog() {
    var member = new Browser(GATEWAY);
    member.logIn("member@example.com", PASSWORD);
    assertThat(JsonPath.<List<String>>read(member.getApi("/api/me").body(), "$.roles"))
        .contains("member")
        .doesNotContain("staff");

    var response = member.getApi("/api/audit/records");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void withoutALoginTheApiAnswersWithProblemDetails() {
    var response = new Browser(GATEWAY).getApi("/api/audit/records");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  void aRealKeycloakTokenForAnotherAudienceIsRejectedByTheServices() throws Exception {
    // The member-service's own client may call Keycloak's admin API, but its tokens are not
    // issued for the Azukari API, so no service accepts them.
    var http = HttpClient.newHttpClient();
    var tokenResponse =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/azukari/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=azukari-member-service"
                            + "&client_secret=azukari-member-service-dev-secret"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tokenResponse.statusCode()).isEqualTo(200);
    String token = JsonPath.read(tokenResponse.body(), "$.access_token");

    var response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:8085/api/audit/records"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private static Map<String, Object> awaitAuditRecordFor(Browser staff, String type, String email) {
    String action = type.substring(type.indexOf('.') + 1);
    String search =
        "/api/audit/records?entityType=member&action="
            + action
            + "&q="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&size=200";
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              var response = staff.getApi(search);
              assertThat(response.statusCode()).isEqualTo(200);
              List<Map<String, Object>> records =
                  JsonPath.read(response.body(), "$.content[?(@.data.email == '" + email + "')]");
              return records.isEmpty() ? null : records.getFirst();
            },
            record -> record != null);
  }
}
