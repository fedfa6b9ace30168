package jp.azukari.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the platform promises of every service, checked on each one: probes for the orchestrator,
 * metrics, an API description, problem details for a missing or bad token, and a correlation id on
 * every answer.
 */
public abstract class PlatformConformance {

  @LocalServerPort protected int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.header("X-Correlation-Id", "conformance-check-1");
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void reportsReadinessAndLivenessForOrchestrators() throws Exception {
    assertThat(get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
  }

  @Test
  void exposesPrometheusMetrics() throws Exception {
    var response = get("/actuator/prometheus", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void describesItsApiWithOpenApi() throws Exception {
    var response = get("/v3/api-docs", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"openapi\"");
  }

  @Test
  void answersProblemDetailsWithoutATokenAndEchoesTheCorrelationId() throws Exception {
    var response = get("/api/anything", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("conformance-check-1");
    assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
  }

  @Test
  void rejectsExpiredWronglySignedAndWrongAudienceTokens() throws Exception {
    var staff = TestIssuer.user("staff-1", "佐藤 一郎", "staff");
    assertThat(get("/api/anything", staff.expired().encode()).statusCode()).isEqualTo(401);
    assertThat(get("/api/anything", staff.signedByStranger().encode()).statusCode()).isEqualTo(401);
    assertThat(get("/api/anything", staff.audience("another-api").encode()).statusCode())
        .isEqualTo(401);
    assertThat(
            get("/api/anything", staff.issuer("http://evil.example/realms/azukari").encode())
                .statusCode())
        .isEqualTo(401);
    assertThat(get("/api/anything", "not-a-jwt").statusCode()).isEqualTo(401);
  }

  @Test
  void acceptsAValidTokenOfTheRealm() throws Exception {
    // No such endpoint: a valid token gets past authentication and meets a plain 404.
    var response = get("/api/no-such-endpoint", TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}
