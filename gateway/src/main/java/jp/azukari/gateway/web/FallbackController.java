package jp.azukari.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** What a client gets when a service's circuit is open or it does not answer in time. */
@RestController
class FallbackController {

  @RequestMapping("/fallback/{service}")
  ResponseEntity<ProblemDetail> serviceUnavailable(
      @PathVariable String service, ServerWebExchange exchange) {
    var problem =
        Problems.problem(
            exchange,
            HttpStatus.SERVICE_UNAVAILABLE,
            "Service temporarily unavailable",
            "The " + service + " is not answering right now. Please try again in a moment.");
    problem.setProperty("service", service);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "10")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
