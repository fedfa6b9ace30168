package jp.azukari.gateway;

import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "azukari.gateway.rate-limit.requests-per-minute=3")
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = EmbeddedMongo.class)
class RateLimitTest {

  static final StubService memberService = new StubService();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("MEMBER_SERVICE_URL", memberService::url);
  }

  @AfterAll
  static void stop() {
    memberService.close();
  }

  @Autowired WebTestClient web;

  @Test
  void aClientBeyondItsShareIsToldToSlowDown() {
    for (int i = 0; i < 3; i++) {
      signUp().expectStatus().isAccepted().expectHeader().exists("X-RateLimit-Remaining");
    }
    signUp()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(429);
  }

  private WebTestClient.ResponseSpec signUp() {
    return web.post()
        .uri("/api/members/registrations")
        .cookie("XSRF-TOKEN", "t")
        .header("X-XSRF-TOKEN", "t")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"email\":\"hanako@example.com\"}")
        .exchange();
  }
}
