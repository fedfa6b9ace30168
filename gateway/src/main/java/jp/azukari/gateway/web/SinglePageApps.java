package jp.azukari.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The two web faces are single-page apps: a browser that opens a deep link (say {@code /admin/me})
 * gets the face's index page, and its router shows the page. Files (anything with a dot) and the
 * server's own paths are left alone.
 */
@Configuration
class SinglePageApps {

  private static final Resource MEMBER_WEB = new ClassPathResource("static/index.html");
  private static final Resource ADMIN_CONSOLE = new ClassPathResource("static/admin/index.html");

  @Bean
  RouterFunction<ServerResponse> singlePageAppRoutes() {
    RequestPredicate page = GET("/**").and(accept(MediaType.TEXT_HTML)).and(SinglePageApps::isPage);
    return RouterFunctions.route(
            page.and(request -> request.path().startsWith("/admin")),
            request -> index(ADMIN_CONSOLE))
        .andRoute(page, request -> index(MEMBER_WEB));
  }

  private static boolean isPage(ServerRequest request) {
    String path = request.path();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".")
        && !path.startsWith("/api/")
        && !path.startsWith("/actuator")
        && !path.startsWith("/oauth2/")
        && !path.startsWith("/login")
        && !path.startsWith("/logout")
        && !path.equals("/auction")
        && !path.startsWith("/fallback/");
  }

  private static reactor.core.publisher.Mono<ServerResponse> index(Resource page) {
    if (!page.exists()) {
      return ServerResponse.notFound().build();
    }
    return ServerResponse.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Cache-Control", "no-cache")
        .bodyValue(page);
  }
}
