package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailHeadersTest {

  @Test
  void refusesAnAddressWithALineBreak() {
    assertThatThrownBy(() -> MailHeaders.recipient("a@example.com\r\nBcc: b@example.com", null))
        .isInstanceOf(MailHeaders.UnsafeHeaderException.class);
    assertThatThrownBy(() -> MailHeaders.recipient("a@example.com\nX-Evil: 1", null))
        .isInstanceOf(MailHeaders.UnsafeHeaderException.class);
  }

  @Test
  void refusesAnythingButOnePlainAddress() {
    assertThatThrownBy(() -> MailHeaders.recipient("a@example.com, b@example.com", null))
        .isInstanceOf(MailHeaders.UnsafeHeaderException.class);
    assertThatThrownBy(() -> MailHeaders.recipient("Mallory <b@example.com>", null))
        .isInstanceOf(MailHeaders.UnsafeHeaderException.class);
  }

  @Test
  void keepsADisplayNameOnOneLine() throws Exception {
    var address = MailHeaders.recipient("a@example.com", "山田\r\nBcc: b@example.com");

    assertThat(address.getPersonal()).isEqualTo("山田 Bcc: b@example.com");
    assertThat(address.toString()).doesNotContain("\r").doesNotContain("\n");
    assertThat(MailHeaders.subject("Hello\r\nBcc: b@example.com"))
        .isEqualTo("Hello Bcc: b@example.com");
  }
}
