package jp.azukari.inquiry.hours;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The out-of-hours acknowledgement of one conversation. Its id is the inquiry's, so a conversation
 * can have only one: a second arrival, or the same arrival told again, finds it already there.
 */
@Document("acknowledgements")
public class AcknowledgementMail extends OutboxAggregate {

  @Id private String inquiryId;
  private String mailId;
  private String toAddress;
  private String messageId;
  private String inReplyTo;
  private Instant at;

  AcknowledgementMail() {}

  /** Requests the acknowledgement mail for this arrival. */
  static AcknowledgementMail of(
      Acknowledgements.Arrival arrival,
      BusinessHoursSettings.Text text,
      String mailId,
      String messageId,
      Instant at) {
    var mail = new AcknowledgementMail();
    mail.inquiryId = arrival.inquiryId();
    mail.mailId = mailId;
    mail.toAddress = arrival.address();
    mail.messageId = messageId;
    mail.inReplyTo = arrival.messageId();
    mail.at = at;
    String subject = oneLine(fill(text.subject(), arrival));
    mail.registerEvent(
        new InquiryMailRequested(
            mailId,
            arrival.inquiryId(),
            InquiryMailRequested.Kind.ACKNOWLEDGEMENT,
            arrival.memberId(),
            arrival.address(),
            oneLine(arrival.name()),
            language(arrival.language()),
            subject,
            fill(text.text(), arrival),
            messageId,
            arrival.messageId(),
            arrival.messageId() == null ? List.of() : List.of(arrival.messageId()),
            null));
    return mail;
  }

  /** A header value can never carry a line break into the mail. */
  private static String oneLine(String value) {
    return value == null ? null : value.replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
  }

  static String language(String language) {
    return "en".equals(language) ? "en" : "ja";
  }

  private static String fill(String template, Acknowledgements.Arrival arrival) {
    String name = arrival.name() == null || arrival.name().isBlank() ? "" : arrival.name();
    String subject = arrival.subject() == null ? "" : arrival.subject();
    return template.replace("{{name}}", name).replace("{{subject}}", subject);
  }

  public String inquiryId() {
    return inquiryId;
  }

  public String mailId() {
    return mailId;
  }

  public String toAddress() {
    return toAddress;
  }

  public String messageId() {
    return messageId;
  }

  public String inReplyTo() {
    return inReplyTo;
  }

  public Instant at() {
    return at;
  }
}
