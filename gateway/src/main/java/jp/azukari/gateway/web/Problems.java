package jp.azukari.gateway.web;

import java.net.URI;
import jp.azukari.gateway.routing.CorrelationIdFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details from the gateway itself (security, fallbacks), with correlation id. */
@Component
public class Problems {

  private final JsonMapper json;

  Problems(JsonMapper json) {
    this.json = json;
  }

  public static ProblemDetail problem(
      ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
    if (correlationId != null) {
      problem.setProperty("correlationId", correlationId);
    }
    return problem;
  }

  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = json.writeValueAsBytes(problem(exchange, status, title, detail));
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
