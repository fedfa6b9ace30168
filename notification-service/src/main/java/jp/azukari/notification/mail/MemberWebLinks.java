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
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/requests/" + requestId;
  }
}
