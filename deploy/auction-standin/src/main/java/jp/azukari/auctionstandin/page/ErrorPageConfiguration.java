package jp.azukari.auctionstandin.page;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.BeanNameViewResolver;

/**
 * Error pages for browsers carry the stand-in banner too: Spring Boot renders the view named {@code
 * error}, which this bean replaces (together with the bean-name view resolver that the replaced
 * whitelabel page would have brought). API clients still get JSON errors.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

  @Bean
  BeanNameViewResolver beanNameViewResolver() {
    BeanNameViewResolver resolver = new BeanNameViewResolver();
    resolver.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return resolver;
  }

  @Bean(name = "error")
  View error() {
    return new StandinErrorView();
  }

  static final class StandinErrorView implements View {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    @Override
    public String getContentType() {
      return CONTENT_TYPE;
    }

    @Override
    public void render(
        Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      Object status = model == null ? null : model.get("status");
      Object error = model == null ? null : model.get("error");
      Object path = model == null ? null : model.get("path");
      response.setContentType(CONTENT_TYPE);
      response
          .getWriter()
          .write(
              StandinPage.render(
                  "Error " + status,
                  "<p>%s: <code>%s</code></p><p><a href=\"/\">Start page of the stand-in</a></p>"
                      .formatted(
                          htmlEscape(String.valueOf(error)), htmlEscape(String.valueOf(path)))));
    }
  }
}
