package jp.azukari.gateway.routing;

import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Starts the correlation id of every request that enters the system (or keeps a well-formed one the
 * client sent), passes it to the services in {@value #HEADER} and returns it to the client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

  public static final String HEADER = "X-Correlation-Id";
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = sanitize(exchange.getRequest().getHeaders().getFirst(HEADER));
    exchange.getAttributes().put(ATTRIBUTE, id);
    exchange.getResponse().getHeaders().set(HEADER, id);
    var request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
    return chain.filter(exchange.mutate().request(request).build());
  }

  static String sanitize(String candidate) {
    if (candidate != null && candidate.length() <= 64 && candidate.matches("[A-Za-z0-9._-]+")) {
      return candidate;
    }
    return UUID.randomUUID().toString();
  }
}
