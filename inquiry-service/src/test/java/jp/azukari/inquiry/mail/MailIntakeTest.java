package jp.azukari.inquiry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real MIME mails delivered into a real IMAP server (GreenMail, in-process) are polled, decoded,
 * sanitised, their attachments checked and stored, and handed to the inbox (a recording stand-in
 * for the real {@link InboundMailHandler}), then marked done.
 */
@ServiceTest
class MailIntakeTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String SHOP = "shop@azukari.example";
  static final int IMAP_PORT = freePort();
  static final GreenMail imap = startImap();
  static final GreenMailUser shop = imap.setUser(SHOP, SHOP, "secret");

  @DynamicPropertySource
  static void mailbox(DynamicPropertyRegistry registry) {
    registry.add("azukari.inquiry.mailbox.enabled", () -> "true");
    registry.add("azukari.inquiry.mailbox.port", () -> IMAP_PORT);
    registry.add("azukari.inquiry.mailbox.password", () -> "secret");
    registry.add("azukari.inquiry.mailbox.poll-interval", () -> "200ms");
    registry.add("azukari.inquiry.mailbox.initial-delay", () -> "0s");
    registry.add("azukari.inquiry.mailbox.max-attachment-size", () -> "64KB");
  }

  @AfterAll
  static void stopImap() {
    imap.stop();
  }

  /** Stands in for the inbox: records what it is handed, fails on demand, idempotent on id. */
  static class RecordingHandler implements InboundMailHandler {
    final List<InboundMail> received = new CopyOnWriteArrayList<>();
    final Map<String, String> inquiries = new ConcurrentHashMap<>();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    @Override
    public String receive(InboundMail mail) {
      received.add(mail);
      if (failOnce.remove(mail.messageId())) {
        throw new IllegalStateException("The inbox is down");
      }
      return inquiries.computeIfAbsent(mail.messageId(), id -> "inq-" + UUID.randomUUID());
    }

    List<InboundMail> with(String messageId) {
      return received.stream().filter(mail -> messageId.equals(mail.messageId())).toList();
    }
  }

  @TestConfiguration
  static class Handler {
    @Bean
    @Primary
    RecordingHandler recordingHandler() {
      return new RecordingHandler();
    }
  }

  @Autowired RecordingHandler handler;
  @Autowired GridFsTemplate gridFs;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
  }

  @Test
  void decodesAJapaneseSubjectInEncodedWordsAndAnIso2022JpBody() throws Exception {
    String id = id();
    String subject = "査定のお問い合わせ（腕時計）について";
    byte[] body =
        "いつもお世話になっております。\r\n①の腕時計の査定額を教えてください。\r\n"
            .getBytes(Charset.forName("x-windows-iso2022jp"));
    deliver(
        headers(
                id,
                "From: "
                    + bEncoded("山田 花子", StandardCharsets.UTF_8)
                    + " <Hanako.Yamada@Example.JP>",
                // UTF-8 split in the middle of a character across two encoded words.
                "Subject: " + splitUtf8Words(subject),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-2022-JP",
                "Content-Transfer-Encoding: 7bit")
            + "\r\n",
        body);

    InboundMail mail = awaitMail(id);
    assertThat(mail.subject()).isEqualTo(subject);
    assertThat(mail.fromName()).isEqualTo("山田 花子");
    assertThat(mail.fromAddress()).isEqualTo("hanako.yamada@example.jp");
    assertThat(mail.text()).contains("いつもお世話になっております。").contains("①の腕時計の査定額");
    assertThat(mail.html()).isNull();
    assertThat(mail.inReplyTo()).isNull();
    assertThat(mail.references()).isEmpty();
    awaitSeen(id);
  }

  @Test
  void decodesAnIso2022JpSubjectAndKeepsTheThreadingHeadersOfAReply() throws Exception {
    String id = id();
    deliver(
        headers(
                id,
                "From: customer@example.com",
                "Subject: Re: " + bEncoded("お見積りの件", Charset.forName("ISO-2022-JP")),
                "In-Reply-To: <reply-1@azukari.example>",
                "References: <first@example.com>\r\n <reply-1@azukari.example>",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit")
            + "\r\nありがとうございます。承知しました。\r\n",
        new byte[0]);

    InboundMail mail = awaitMail(id);
    assertThat(mail.subject()).isEqualTo("Re: お見積りの件");
    assertThat(mail.inReplyTo()).isEqualTo("<reply-1@azukari.example>");
    assertThat(mail.references())
        .containsExactly("<first@example.com>", "<reply-1@azukari.example>");
    assertThat(mail.text()).contains("承知しました");
  }

  @Test
  void sanitisesTheHtmlAndDerivesTheTextWhenThereIsOnlyHtml() throws Exception {
    String id = id();
    String html =
        """
        <html><head><title>t</title><script>alert('head')</script></head><body>
        <p onclick="steal()">こんにちは<br>二行目です</p>
        <script>alert(1)</script>
        <img src="x" onerror="alert(2)">
        <a href="javascript:alert(3)">click</a>
        <a href="https://azukari.example/items">our items</a>
        <iframe src="https://evil.example"></iframe>
        </body></html>
        """;
    deliver(
        headers(
                id,
                "From: attacker@example.com",
                "Subject: html",
                "Content-Type: text/html; charset=UTF-8",
                "Content-Transfer-Encoding: base64")
            + "\r\n"
            + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))
            + "\r\n",
        new byte[0]);

    InboundMail mail = awaitMail(id);
    assertThat(mail.html())
        .doesNotContainIgnoringCase("script")
        .doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onclick")
        .doesNotContainIgnoringCase("javascript:")
        .doesNotContainIgnoringCase("iframe")
        .doesNotContainIgnoringCase("<img")
        .contains("こんにちは")
        .contains("href=\"https://azukari.example/items\"")
        .contains("rel=\"nofollow noopener noreferrer\"");
    assertThat(mail.text())
        .contains("こんにちは\n二行目です")
        .contains("our items")
        .doesNotContain("alert")
        .doesNotContain("<p");
  }

  @Test
  void keepsAllowedAttachmentsOfNestedMultipartsAndRefusesOversizeAndDisallowedOnes()
      throws Exception {
    String id = id();
    byte[] png = new byte[200];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    byte[] bigPdf = new byte[80 * 1024];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bigPdf, 0, 8);
    byte[] exe =
        "MZ\u0090\u0000 this program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);
    String mime =
        headers(
                id,
                "From: customer@example.com",
                "Subject: photos",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"outer\"")
            + "\r\n--outer\r\n"
            + "Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
            + "--inner\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n写真を送ります。\r\n"
            + "--inner\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>写真を<b>送ります</b>。</p>\r\n"
            + "--inner--\r\n"
            + part("image/png", "=?UTF-8?B?" + b64("時計.png") + "?=", png)
            + part("application/pdf", "big.pdf", bigPdf)
            + part("image/png", "invoice.png.exe", exe)
            + "--outer--\r\n";
    deliver(mime, new byte[0]);

    InboundMail mail = awaitMail(id);
    assertThat(mail.text()).isEqualTo("写真を送ります。");
    assertThat(mail.html()).contains("<b>送ります</b>");
    assertThat(mail.attachments()).hasSize(1);
    var kept = mail.attachments().getFirst();
    assertThat(kept.fileName()).isEqualTo("時計.png");
    assertThat(kept.contentType()).isEqualTo("image/png");
    assertThat(kept.size()).isEqualTo(200);
    var stored =
        gridFs.findOne(
            Query.query(Criteria.where("_id").is(new org.bson.types.ObjectId(kept.contentId()))));
    assertThat(stored).isNotNull();
    assertThat(gridFs.getResource(stored).getContentAsByteArray()).isEqualTo(png);
    assertThat(mail.refused())
        .extracting(InboundMail.RefusedAttachment::fileName, InboundMail.RefusedAttachment::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("big.pdf", "too-large"),
            org.assertj.core.groups.Tuple.tuple("invoice.png.exe", "type-not-allowed"));
    // Refused attachments are not stored.
    assertThat(
            gridFs
                .find(Query.query(Criteria.where("metadata.messageId").is(id)))
                .into(new java.util.ArrayList<>()))
        .hasSize(1);
  }

  @Test
  void aNameOrSubjectCannotInjectHeaders() throws Exception {
    String id = id();
    deliver(
        headers(
                id,
                "From: "
                    + bEncoded("Evil\r\nBcc: victim@example.com", StandardCharsets.UTF_8)
                    + " <evil@example.com>",
                "Subject: "
                    + bEncoded(
                        "Hello\r\nBcc: victim@example.com\r\n\r\nbody", StandardCharsets.UTF_8),
                "Content-Type: text/plain; charset=UTF-8")
            + "\r\nhi\r\n",
        new byte[0]);

    InboundMail mail = awaitMail(id);
    assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    assertThat(mail.subject()).isEqualTo("Hello Bcc: victim@example.com body");
    assertThat(mail.fromName()).doesNotContain("\r").doesNotContain("\n");
    assertThat(mail.fromAddress()).isEqualTo("evil@example.com");
  }

  @Test
  void marksAMailDoneOnlyAfterTheInboxHasItSoAFailureHandsItOverAgain() throws Exception {
    String id = id();
    handler.failOnce.add(id);
    deliver(
        headers(id, "From: customer@example.com", "Subject: again", "Content-Type: text/plain")
            + "\r\nhello\r\n",
        new byte[0]);

    await().atMost(WAIT).until(() -> handler.with(id).size() >= 2);
    awaitSeen(id);
    assertThat(handler.with(id)).allSatisfy(mail -> assertThat(mail.text()).isEqualTo("hello"));
    // Seen once done: the next polls leave it alone.
    Thread.sleep(600);
    assertThat(handler.with(id)).hasSize(2);
  }

  @Test
  void aMailWithoutMessageIdGetsAStableIdFromTheMailbox() throws Exception {
    String marker = UUID.randomUUID().toString();
    deliver(
        "From: customer@example.com\r\nTo: "
            + SHOP
            + "\r\nSubject: "
            + marker
            + "\r\nContent-Type: text/plain\r\n\r\nno id\r\n",
        new byte[0]);

    await()
        .atMost(WAIT)
        .until(() -> handler.received.stream().anyMatch(mail -> marker.equals(mail.subject())));
    var mail =
        handler.received.stream().filter(m -> marker.equals(m.subject())).findFirst().orElseThrow();
    assertThat(mail.messageId()).matches("<imap-\\d+-\\d+@127\\.0\\.0\\.1>");
  }

  @Test
  void staffSeeHowTheMailIntakeIsDoing() throws Exception {
    String id = id();
    deliver(
        headers(id, "From: customer@example.com", "Subject: status", "Content-Type: text/plain")
            + "\r\nhello\r\n",
        new byte[0]);
    awaitSeen(id);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              var response = http.get("/api/inquiries/mailbox", TestIssuer.staff());
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.body())
                  .contains("\"lastError\":null")
                  .containsPattern("\"fetched\":[1-9]")
                  .containsPattern("\"lastPollAt\":\"20");
            });
    assertThat(http.get("/api/inquiries/mailbox", TestIssuer.member("m-1")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/inquiries/mailbox", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
  }

  // --- helpers

  private InboundMail awaitMail(String messageId) {
    await().atMost(WAIT).until(() -> !handler.with(messageId).isEmpty());
    return handler.with(messageId).getFirst();
  }

  private void awaitSeen(String messageId) {
    await().atMost(WAIT).until(() -> seen(messageId));
  }

  private static boolean seen(String messageId) throws Exception {
    var props = new Properties();
    props.put("mail.imap.peek", "true");
    Store store = Session.getInstance(props).getStore("imap");
    store.connect("127.0.0.1", IMAP_PORT, SHOP, "secret");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        for (Message message : inbox.getMessages()) {
          String[] ids = message.getHeader("Message-ID");
          if (ids != null && messageId.equals(ids[0])) {
            return message.isSet(Flags.Flag.SEEN);
          }
        }
        return false;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  private static String id() {
    return "<" + UUID.randomUUID() + "@example.com>";
  }

  private static String headers(String messageId, String... headers) {
    var all = new StringBuilder("Message-ID: " + messageId + "\r\nTo: " + SHOP + "\r\n");
    for (String header : headers) {
      all.append(header).append("\r\n");
    }
    return all.toString();
  }

  private static String part(String type, String fileName, byte[] content) {
    return "--outer\r\nContent-Type: "
        + type
        + "\r\nContent-Disposition: attachment; filename=\""
        + fileName
        + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(content)
        + "\r\n";
  }

  private static void deliver(String head, byte[] tail) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(tail);
    var message =
        new MimeMessage(
            Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    shop.deliver(message);
  }

  private static String bEncoded(String text, Charset charset) {
    return "=?"
        + charset.name()
        + "?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(charset))
        + "?=";
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Two encoded words whose split falls inside a multi-byte character, as some mailers send. */
  private static String splitUtf8Words(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int cut = 7; // inside the third character
    var encoder = Base64.getEncoder();
    return "=?UTF-8?B?"
        + encoder.encodeToString(java.util.Arrays.copyOfRange(bytes, 0, cut))
        + "?=\r\n =?UTF-8?B?"
        + encoder.encodeToString(java.util.Arrays.copyOfRange(bytes, cut, bytes.length))
        + "?=";
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GreenMail startImap() {
    var greenMail =
        new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    greenMail.start();
    return greenMail;
  }
}
