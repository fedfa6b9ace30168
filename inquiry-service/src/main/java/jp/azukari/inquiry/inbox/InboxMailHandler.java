package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.inquiry.customer.Members;
import jp.azukari.inquiry.mail.InboundMail;
import jp.azukari.inquiry.mail.InboundMailHandler;
import org.springframework.stereotype.Service;

/**
 * Takes customer mails into the inbox. A mail joins the inquiry that knows a Message-ID it answers
 * (In-Reply-To, then References newest first: customer mails' ids and the shop's replies'), else
 * the newest open inquiry of the same address from the last {@link InboxProperties#threadWindow()},
 * else it opens a new inquiry. A mail taken in before (the same Message-ID) is not taken in again.
 */
@Service
class InboxMailHandler implements InboundMailHandler {

  private final Inquiries inquiries;
  private final InquiryRepository repository;
  private final Clock clock;
  private final InboxProperties properties;

  InboxMailHandler(
      Inquiries inquiries, InquiryRepository repository, Clock clock, InboxProperties properties) {
    this.inquiries = inquiries;
    this.repository = repository;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public String receive(InboundMail mail) {
    Optional<Inquiry> known = repository.findFirstByMailMessageIds(mail.messageId());
    if (known.isPresent()) {
      return known.get().id();
    }
    Optional<Inquiry> thread = byThread(mail).or(() -> byAddress(mail));
    if (thread.isPresent()) {
      return inquiries
          .customerWrites(thread.get().id(), inquiry -> message(inquiry.customer(), mail))
          .id();
    }
    var customer =
        new Customer(
            null,
            blankToNull(mail.fromName()),
            Members.normaliseEmail(mail.fromAddress()),
            null,
            "ja");
    return inquiries
        .openMatched(
            Channel.MAIL,
            customer,
            mail.subject() == null ? "" : mail.subject().strip(),
            mail.text() == null ? "" : mail.text(),
            mail.html(),
            mail.messageId(),
            attachments(mail),
            refused(mail),
            at(mail))
        .id();
  }

  private Optional<Inquiry> byThread(InboundMail mail) {
    var ids = new ArrayList<String>();
    if (mail.inReplyTo() != null) {
      ids.add(mail.inReplyTo());
    }
    if (mail.references() != null) {
      var references = new ArrayList<>(mail.references());
      Collections.reverse(references);
      ids.addAll(references);
    }
    for (String id : ids) {
      Optional<Inquiry> found = repository.findFirstByMailMessageIds(id.strip());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Inquiry> byAddress(InboundMail mail) {
    String address = Members.normaliseEmail(mail.fromAddress());
    if (address == null) {
      return Optional.empty();
    }
    return repository
        .findFirstByEmailAndStateNotAndMergedIntoIsNullAndLastMessageAtAfterOrderByLastMessageAtDesc(
            address, InquiryState.DONE, clock.instant().minus(properties.threadWindow()));
  }

  private Message message(Customer customer, InboundMail mail) {
    return inquiries
        .customerMessage(
            Channel.MAIL,
            customer,
            mail.text() == null ? "" : mail.text(),
            mail.html(),
            mail.messageId(),
            attachments(mail),
            at(mail))
        .withRefusedAttachments(refused(mail));
  }

  private static List<Message.RefusedAttachment> refused(InboundMail mail) {
    return mail.refused().stream()
        .map(r -> new Message.RefusedAttachment(r.fileName(), r.reason()))
        .toList();
  }

  private java.time.Instant at(InboundMail mail) {
    return mail.receivedAt() != null
        ? mail.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
        : clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  private static List<Message.Attachment> attachments(InboundMail mail) {
    if (mail.attachments() == null) {
      return List.of();
    }
    return mail.attachments().stream()
        .map(a -> new Message.Attachment(a.contentId(), a.fileName(), a.contentType(), a.size()))
        .toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
