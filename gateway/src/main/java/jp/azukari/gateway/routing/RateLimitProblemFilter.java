package jp.azukari.gateway.routing;

import jp.azukari.gateway.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's rate limiter answers 429 with an empty body; clients get problem details
 * instead, like for every other error.
 */
@Component
class RateLimitProblemFilter implements WebFilter {

  private final Problems problems;

  RateLimitProblemFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var response =
        new ServerHttpResponseDecorator(exchange.getResponse()) {
          @Override
          public Mono<Void> setComplete() {
            if (HttpStatus.TOO_MANY_REQUESTS.equals(getStatusCode())) {
              return problems.write(
                  exchange,
                  HttpStatus.TOO_MANY_REQUESTS,
                  "Too many requests",
                  "Too many requests in a short time. Please wait a minute and try again.");
            }
            return super.setComplete();
          }
        };
    return chain.filter(exchange.mutate().response(response).build());
  }
}
