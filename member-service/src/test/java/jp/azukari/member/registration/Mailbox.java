package jp.azukari.member.registration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;

/**
 * What the notification-service would mail: the confirmation links on {@code member.links}, read
 * the way the notification-service reads them.
 */
/** The confirmation-link mails member-service asked for, as read from {@code member.links}. */
public final class Mailbox implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);

  private final EventsProbe links;
  private final EventEnvelopes envelopes;

  public Mailbox(String bootstrapServers, EventEnvelopes envelopes) {
    this.links = new EventsProbe(bootstrapServers, Topics.MEMBER_LINKS);
    this.envelopes = envelopes;
  }

  /** The {@code count} mails to {@code email} so far (waiting for them), oldest first. */
  public List<Map<String, Object>> mailsTo(String email, int count) {
    return links.awaitRecords(r -> r.value().contains("\"" + email + "\""), count, WAIT).stream()
        .sorted(java.util.Comparator.comparingLong(r -> r.offset()))
        .map(r -> envelopes.fromJson(r.value()))
        .map(EventEnvelope::data)
        .toList();
  }

  /** Every mail to {@code email} seen within {@code during}. */
  List<Map<String, Object>> allMailsTo(String email, Duration during) {
    return links.drain(r -> r.value().contains("\"" + email + "\""), during).stream()
        .map(r -> envelopes.fromJson(r.value()).data())
        .toList();
  }

  /** The token of the newest link to {@code email}, once {@code count} mails were sent to it. */
  String token(String email, int count) {
    String link = (String) mailsTo(email, count).getLast().get("link");
    return link.substring(link.indexOf("#token=") + "#token=".length());
  }

  @Override
  public void close() {
    links.close();
  }
}
