package jp.azukari.member.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the links in mails point.
 *
 * @param baseUrl the member web as customers reach it, without a trailing slash
 */
@ConfigurationProperties("azukari.links")
record LinkProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

  String confirmation(String token) {
    return base() + "/signup/confirm#token=" + token;
  }

  String login() {
    return base() + "/login";
  }

  private String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
