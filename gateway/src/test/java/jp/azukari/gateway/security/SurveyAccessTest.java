package jp.azukari.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.azukari.gateway.StubService;
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

/**
 * The satisfaction survey's page is answered without a login (its link's random token is the key),
 * still with the CSRF token; its results, under the same path, and the rest of the inquiry API need
 * a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = EmbeddedMongo.class)
class SurveyAccessTest {

  static final StubService inquiryService = new StubService();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("INQUIRY_SERVICE_URL", inquiryService::url);
  }

  @AfterAll
  static void stop() {
    inquiryService.close();
  }

  @Autowired WebTestClient web;

  @Test
  void theSurveyPageIsReadAndAnsweredWithoutLogin() {
    web.get().uri("/api/inquiries/survey/tok-1").exchange().expectStatus().is2xxSuccessful();
    web.post()
        .uri("/api/inquiries/survey/tok-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"score\":5}")
        .exchange()
        .expectStatus()
        .isForbidden();
    web.post()
        .uri("/api/inquiries/survey/tok-1")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"score\":5}")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    assertThat(inquiryService.received)
        .filteredOn(received -> received.path().equals("/api/inquiries/survey/tok-1"))
        .extracting(StubService.Received::method)
        .containsExactly("GET", "POST");
  }

  @Test
  void theResultsAndTheRestOfTheInquiryApiNeedALogin() {
    for (String path :
        new String[] {
          "/api/inquiries/survey/results",
          "/api/inquiries/survey/results.csv",
          "/api/inquiries/templates",
          "/api/inquiries/survey/tok-1/more"
        }) {
      web.get().uri(path).exchange().expectStatus().isUnauthorized();
    }
    assertThat(inquiryService.received)
        .noneMatch(received -> received.path().startsWith("/api/inquiries/survey/results"));
  }
}
