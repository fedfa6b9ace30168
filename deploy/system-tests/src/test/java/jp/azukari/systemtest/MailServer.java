package jp.azukari.systemtest;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The real mails of the running system, read from GreenMail's REST API. */
final class MailServer {

  static final String URL = System.getProperty("azukari.greenmail.url", "http://localhost:8025");
  private static final Pattern CONFIRMATION_LINK =
      Pattern.compile("https?://\\S+/signup/confirm#token=[A-Za-z0-9_-]+");

  private MailServer() {}

  /** The messages in the inbox of {@code email}, parsed. */
  static List<MimeMessage> inbox(String email) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            URL
                                + "/api/user/"
                                + URLEncoder.encode(email, StandardCharsets.UTF_8)
                                + "/messages/INBOX"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return List.of();
    }
    List<String> raw = JsonPath.read(response.body(), "$[*].mimeMessage");
    var session = Session.getInstance(new Properties());
    return raw.stream()
        .map(
            mime -> {
              try {
                return new MimeMessage(
                    session, new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** Waits for the {@code count}th mail to {@code email} and returns it. */
  static MimeMessage awaitMail(String email, int count) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> inbox(email), mails -> mails.size() >= count)
        .get(count - 1);
  }

  /** The confirmation link in the plain-text part of a mail. */
  static String confirmationLink(MimeMessage mail) throws Exception {
    var matcher = CONFIRMATION_LINK.matcher(text(mail));
    if (!matcher.find()) {
      throw new AssertionError("No confirmation link in:\n" + text(mail));
    }
    return matcher.group();
  }

  static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = text(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
