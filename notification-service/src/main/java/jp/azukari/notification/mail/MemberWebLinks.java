package jp.azukari.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the links in mails point.
 *
 * @param baseUrl the member web as members reach it ({@code GATEWAY_PUBLIC_URL}), without a
 *     trailing slash
 */
@ConfigurationProperties("azukari.links")
record MemberWebLinks(@DefaultValue("http://localhost:8080") String baseUrl) {

  /** The member's page of one request. */
  String request(String requestId) {
    return base() + "/requests/" + requestId;
  }

  /** The member's profile page. */
  String profile() {
    return base() + "/profile";
  }

  /** Where members upload identity documents. */
  String documents() {
    return base() + "/documents";
  }

  private String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
