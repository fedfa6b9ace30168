package jp.azukari.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class CodedProblemsTest {

  @Test
  void carriesTheCodeInTheTypeAndAsAPropertyBesideTheDetail() {
    var problem =
        CodedProblems.of(HttpStatus.CONFLICT, "request-closed", "This request is closed.");

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getType()).isEqualTo(URI.create("urn:azukari:problem:request-closed"));
    assertThat(problem.getProperties()).containsEntry("code", "request-closed");
    assertThat(problem.getDetail()).isEqualTo("This request is closed.");
  }
}
