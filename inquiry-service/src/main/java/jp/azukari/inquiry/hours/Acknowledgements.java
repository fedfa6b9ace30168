package jp.azukari.inquiry.hours;

import java.time.Instant;
import jp.azukari.contracts.inquiry.Channel;

/**
 * Told of every customer message that arrives with a mail address (mail, member form, guest form).
 * Outside business hours it has the out-of-hours acknowledgement mailed, once per conversation.
 */
public interface Acknowledgements {

  /**
   * A customer message arrived.
   *
   * @param arrival the message and where to answer
   */
  void arrived(Arrival arrival);

  /**
   * A customer message that may need an acknowledgement.
   *
   * @param inquiryId the conversation it belongs to
   * @param channel how it arrived
   * @param memberId the linked member, may be {@code null}
   * @param address the customer's mail address
   * @param name the customer's name, may be {@code null}
   * @param language {@code ja} or {@code en}
   * @param subject the conversation's subject
   * @param messageId the customer's Message-ID to thread the acknowledgement to, may be {@code
   *     null}
   * @param at when it arrived
   */
  record Arrival(
      String inquiryId,
      Channel channel,
      String memberId,
      String address,
      String name,
      String language,
      String subject,
      String messageId,
      Instant at) {}
}
