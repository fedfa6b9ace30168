package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does, over plain HTTP: follows redirects, keeps cookies per host, fills in
 * Keycloak's login form and sends the CSRF token back the way the web front end does. (Keycloak
 * marks its cookies Secure even on http://localhost; a browser keeps them for localhost, so this
 * client does too.)
 */
final class Browser {

  private static final Pattern LOGIN_FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, Map<String, String>> cookiesByHost = new LinkedHashMap<>();
  private final String gateway;

  Browser(String gateway) {
    this.gateway = gateway;
  }

  /** Logs in through the gateway and Keycloak's own login page, as a person would. */
  void logIn(String username, String password) {
    HttpResponse<String> page = follow(get(URI.create(gateway + "/login?returnTo=/")));
    var action = LOGIN_FORM_ACTION.matcher(page.body());
    assertThat(action.find()).as("Keycloak shows its login form").isTrue();
    URI formUri = URI.create(action.group(1).replace("&amp;", "&"));
    String form = form(Map.of("username", username, "password", password, "credentialId", ""));
    HttpResponse<String> landed =
        follow(
            HttpRequest.newBuilder(formUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(landed.uri().toString()).as("back on the gateway").startsWith(gateway);
  }

  HttpResponse<String> getApi(String path) {
    return send(get(URI.create(gateway + path)).header("Accept", "application/json"));
  }

  /**
   * A plain page load of any address (another host too), with that host's cookies, no redirects.
   */
  HttpResponse<String> open(String url) {
    return send(get(URI.create(url)));
  }

  HttpResponse<String> postApi(String path, String json) {
    return sendApi("POST", path, json, Map.of());
  }

  /** A state-changing call the way the web front end makes it: JSON, CSRF header, more headers. */
  HttpResponse<String> sendApi(
      String method, String path, String json, Map<String, String> headers) {
    // Any page load gives the CSRF cookie, as the web front end gets it.
    if (csrfToken() == null) {
      getApi("/api/me");
    }
    var request =
        HttpRequest.newBuilder(URI.create(gateway + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken() != null) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    headers.forEach(request::header);
    return send(request);
  }

  /** A file upload the way the web front end sends it: multipart form data with the CSRF header. */
  HttpResponse<String> upload(
      String path,
      String fileName,
      String contentType,
      byte[] content,
      Map<String, String> fields) {
    if (csrfToken() == null) {
      getApi("/api/me");
    }
    String boundary = "azukari-" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                        .formatted(boundary, name, value))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                + "Content-Type: %s\r\n\r\n")
            .formatted(boundary, fileName, contentType)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(URI.create(gateway + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (csrfToken() != null) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  String csrfToken() {
    return cookiesByHost.getOrDefault(URI.create(gateway).getHost(), Map.of()).get("XSRF-TOKEN");
  }

  private static HttpRequest.Builder get(URI uri) {
    return HttpRequest.newBuilder(uri).GET();
  }

  private HttpResponse<String> follow(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request);
    for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(get(next));
    }
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    String cookies =
        cookiesByHost.getOrDefault(built.uri().getHost(), Map.of()).entrySet().stream()
            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    if (!cookies.isEmpty()) {
      built =
          HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", cookies).build();
    }
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      remember(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(HttpResponse<String> response) {
    var jar =
        cookiesByHost.computeIfAbsent(response.uri().getHost(), host -> new LinkedHashMap<>());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
      if (expired) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
