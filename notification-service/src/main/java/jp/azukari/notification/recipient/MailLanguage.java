package jp.azukari.notification.recipient;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The language an address last asked for its mails in (the sign-up page, or staff for a phone
 * application), from the member-service's confirmation links: member events themselves carry no
 * language. Keyed by the address, since a sign-up's link goes out before the member exists.
 */
@Document("mail_languages")
class MailLanguage {

  @Id private String email;
  private String language;
  private Instant at;

  protected MailLanguage() {}

  MailLanguage(String email, String language, Instant at) {
    this.email = key(email);
    this.language = language;
    this.at = at;
  }

  static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  String language() {
    return language;
  }
}
