package jp.azukari.inquiry.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeMailReaderTest {

  @Test
  void decodesQAndBEncodedWordsAndDropsTheSpaceBetweenThem() {
    assertThat(MimeMailReader.decode("=?UTF-8?Q?Caf=C3=A9_au_lait?=")).isEqualTo("Café au lait");
    assertThat(
            MimeMailReader.decode(
                "Re: =?UTF-8?B?" + b64("査定") + "?= =?UTF-8?B?" + b64("の件") + "?="))
        .isEqualTo("Re: 査定の件");
    assertThat(MimeMailReader.decode("=?utf-8?b?" + b64("小文字") + "?=")).isEqualTo("小文字");
  }

  @Test
  void decodesWordsOfDifferentCharsetsEachInItsOwn() {
    String sjis =
        Base64.getEncoder()
            .encodeToString("ｶﾀｶﾅ".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
    assertThat(MimeMailReader.decode("=?Shift_JIS?B?" + sjis + "?= =?UTF-8?B?" + b64("と漢字") + "?="))
        .isEqualTo("ｶﾀｶﾅと漢字");
  }

  @Test
  void leavesAnUndecodableWordAndPlainTextAsTheyAre() {
    assertThat(MimeMailReader.decode("=?UTF-8?Q?a=ZZb?=")).isEqualTo("=?UTF-8?Q?a=ZZb?=");
    assertThat(MimeMailReader.decode("plain subject")).isEqualTo("plain subject");
    assertThat(MimeMailReader.decode("=?no-such-charset?Q?abc?=")).isEqualTo("abc");
    assertThat(MimeMailReader.decode(null)).isEmpty();
  }

  @Test
  void makesNamesSingleLinesAndFileNamesNoPaths() {
    assertThat(MimeMailReader.oneLine("a\r\nBcc: x@example.com\u0000b"))
        .isEqualTo("a Bcc: x@example.com b");
    assertThat(MimeMailReader.safeFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(MimeMailReader.safeFileName("C:\\Users\\x\\photo.jpg")).isEqualTo("photo.jpg");
    assertThat(MimeMailReader.safeFileName(".hidden")).isEqualTo("hidden");
    assertThat(MimeMailReader.safeFileName("\r\n")).isEqualTo("attachment");
  }

  @Test
  void readsTheTextOfAForwardedMailAndAnUnknownCharsetAsUtf8() throws Exception {
    String raw =
        """
        Message-ID: <fwd@example.com>
        From: Customer <Customer@Example.com>
        Subject: Fwd: order
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: text/plain; charset=x-unknown-charset

        転送します。
        --b
        Content-Type: message/rfc822

        From: shop@azukari.example
        Subject: your order
        Content-Type: text/plain; charset=UTF-8

        ご注文ありがとうございます。
        --b--
        """
            .replace("\n", "\r\n");
    var message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    List<String> offered = new ArrayList<>();

    var mail =
        MimeMailReader.read(
            message,
            "<fallback@x>",
            Instant.parse("2026-11-24T01:00:00Z"),
            (id, part, name, type, in) -> {
              offered.add(name);
              return null;
            });

    assertThat(mail.messageId()).isEqualTo("<fwd@example.com>");
    assertThat(mail.fromAddress()).isEqualTo("customer@example.com");
    assertThat(mail.fromName()).isEqualTo("Customer");
    assertThat(mail.text()).isEqualTo("転送します。\n\nご注文ありがとうございます。");
    assertThat(mail.receivedAt()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    assertThat(offered).isEmpty();
  }

  @Test
  void givesAMailWithoutAValidSenderNoAddress() throws Exception {
    var message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(
                "From: not an address\r\nSubject: x\r\n\r\nbody\r\n"
                    .getBytes(StandardCharsets.UTF_8)));

    var mail =
        MimeMailReader.read(message, "<fallback@x>", null, (id, part, name, type, in) -> null);

    assertThat(mail.fromAddress()).isNull();
    assertThat(mail.messageId()).isEqualTo("<fallback@x>");
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
