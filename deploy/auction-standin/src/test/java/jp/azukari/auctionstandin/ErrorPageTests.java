package jp.azukari.auctionstandin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages are rendered by the servlet container's error dispatch, so this needs a server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void browserErrorPagesCarryTheStandInBanner() throws Exception {
    HttpResponse<String> response = get("/no-such-page", "text/html");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("テスト用の代替システム", "stand-in for the external auction system", "/no-such-page");
  }

  @Test
  void apiClientsStillGetJsonErrors() throws Exception {
    HttpResponse<String> response = get("/api/feed?since=garbage", "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("json"));
    assertThat(response.body()).contains("cursor");
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
