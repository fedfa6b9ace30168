package jp.azukari.gateway.routing;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services where a request came from: {@value #HEADER} holds exactly the address the
 * gateway saw, whatever the client wrote into that header itself, so the audit log's "from where"
 * cannot be forged from a browser.
 *
 * <p>Runs after Spring Cloud Gateway's own forwarded-header filters (which, without {@code
 * spring.cloud.gateway.server.webflux.trusted-proxies}, drop the client's X-Forwarded headers).
 * Behind a load balancer, set {@code trusted-proxies} to its addresses: the gateway then takes the
 * client's address from that proxy's forwarded headers as the remote address, and this filter
 * passes it on.
 */
@Component
public class ClientAddressHeadersFilter implements HttpHeadersFilter, Ordered {

  public static final String HEADER = "X-Forwarded-For";

  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    var updated = new HttpHeaders();
    input
        .headerSet()
        .forEach(
            entry -> {
              if (!HEADER.equalsIgnoreCase(entry.getKey())) {
                updated.addAll(entry.getKey(), entry.getValue());
              }
            });
    String address = addressOf(exchange.getRequest().getRemoteAddress());
    if (address != null) {
      updated.set(HEADER, address);
    }
    return updated;
  }

  static String addressOf(InetSocketAddress remote) {
    if (remote == null) {
      return null;
    }
    return remote.getAddress() != null ? remote.getAddress().getHostAddress() : null;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
