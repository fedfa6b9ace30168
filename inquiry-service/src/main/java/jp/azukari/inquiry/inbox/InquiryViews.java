package jp.azukari.inquiry.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryState;
import org.springframework.stereotype.Component;

/** Inquiries as the console and the member web see them. */
@Component
class InquiryViews {

  record CustomerView(String memberId, String name, String email, String phone) {}

  record StaffRef(String id, String name) {}

  record Author(String id, String name, ActorType type) {}

  record MessageView(
      String id,
      MessageKind kind,
      Channel channel,
      Author author,
      String text,
      String html,
      List<Message.Attachment> attachments,
      Instant at,
      String inReplyTo,
      String mailStatus,
      List<Message.RefusedAttachment> refusedAttachments) {}

  /** An inquiry in the console's lists. */
  record InquiryView(
      String id,
      String number,
      String subject,
      Channel channel,
      InquiryState state,
      CustomerView customer,
      StaffRef assignee,
      List<String> labels,
      Instant lastMessageAt,
      Instant lastCustomerMessageAt,
      boolean unanswered,
      ReplyLockState lock,
      List<Openings.Opening> readBy,
      String mergedInto,
      boolean surveySuppressed,
      Instant createdAt,
      Long version) {}

  /** An inquiry opened in the console. */
  record InquiryDetail(
      String id,
      String number,
      String subject,
      Channel channel,
      InquiryState state,
      CustomerView customer,
      StaffRef assignee,
      List<String> labels,
      Instant lastMessageAt,
      Instant lastCustomerMessageAt,
      boolean unanswered,
      ReplyLockState lock,
      List<Openings.Opening> readBy,
      String mergedInto,
      boolean surveySuppressed,
      Instant createdAt,
      Long version,
      String requestId,
      List<MessageView> messages,
      List<Openings.Opening> views) {}

  /** An inquiry in the member's list. */
  record MemberInquirySummary(
      String id,
      String number,
      String subject,
      InquiryState state,
      Instant lastMessageAt,
      boolean unread) {}

  /** A message as the member sees it: theirs and the shop's replies, nothing internal. */
  record MemberMessage(String id, MessageKind kind, String author, String text, Instant at) {}

  /** The member's own inquiry. */
  record MemberInquiryView(
      String id,
      String number,
      String subject,
      InquiryState state,
      Instant createdAt,
      Instant lastMessageAt,
      boolean unread,
      List<MemberMessage> messages) {}

  private final ReplyLocks locks;
  private final Openings openings;
  private final ReplyMails replyMails;
  private final InboxProperties properties;

  InquiryViews(
      ReplyLocks locks, Openings openings, ReplyMails replyMails, InboxProperties properties) {
    this.locks = locks;
    this.openings = openings;
    this.replyMails = replyMails;
    this.properties = properties;
  }

  List<InquiryView> list(Collection<Inquiry> inquiries) {
    List<String> ids = inquiries.stream().map(Inquiry::id).toList();
    Map<String, ReplyLockState> held = locks.current(ids);
    Map<String, List<Openings.Opening>> readBy = openings.readBy(ids);
    return inquiries.stream()
        .map(i -> view(i, held.get(i.id()), readBy.getOrDefault(i.id(), List.of())))
        .toList();
  }

  InquiryView view(Inquiry inquiry) {
    return list(List.of(inquiry)).getFirst();
  }

  private static InquiryView view(Inquiry i, ReplyLockState lock, List<Openings.Opening> readBy) {
    return new InquiryView(
        i.id(),
        i.number(),
        i.subject(),
        i.channel(),
        i.state(),
        customer(i),
        assignee(i),
        i.labels(),
        i.lastMessageAt(),
        i.lastCustomerMessageAt(),
        i.unanswered(),
        lock,
        readBy,
        i.mergedInto(),
        i.surveySuppressed(),
        i.createdAt(),
        i.version());
  }

  InquiryDetail detail(Inquiry i) {
    List<Openings.Opening> views = openings.of(i.id());
    return new InquiryDetail(
        i.id(),
        i.number(),
        i.subject(),
        i.channel(),
        i.state(),
        customer(i),
        assignee(i),
        i.labels(),
        i.lastMessageAt(),
        i.lastCustomerMessageAt(),
        i.unanswered(),
        locks.current(i.id()),
        Openings.latestPerPerson(views),
        i.mergedInto(),
        i.surveySuppressed(),
        i.createdAt(),
        i.version(),
        i.requestId(),
        messages(i),
        views);
  }

  private List<MessageView> messages(Inquiry i) {
    Map<String, String> delivered = replyMails.statuses(i);
    return i.messages().stream()
        .map(
            m ->
                message(
                    m, m.mailId() == null ? null : delivered.getOrDefault(m.mailId(), "QUEUED")))
        .toList();
  }

  private static MessageView message(Message m, String mailStatus) {
    return new MessageView(
        m.id(),
        m.kind(),
        m.channel(),
        new Author(m.authorId(), m.authorName(), m.authorType()),
        m.text(),
        m.html(),
        m.attachments(),
        m.at(),
        m.inReplyTo(),
        mailStatus,
        m.refusedAttachments());
  }

  MemberInquirySummary memberSummary(Inquiry i) {
    return new MemberInquirySummary(
        i.id(), i.number(), i.subject(), i.state(), i.lastMessageAt(), i.unreadByMember());
  }

  MemberInquiryView member(Inquiry i) {
    return new MemberInquiryView(
        i.id(),
        i.number(),
        i.subject(),
        i.state(),
        i.createdAt(),
        i.lastMessageAt(),
        i.unreadByMember(),
        i.messages().stream()
            .filter(m -> m.kind() == MessageKind.CUSTOMER || m.kind() == MessageKind.REPLY)
            .map(
                m ->
                    new MemberMessage(
                        m.id(),
                        m.kind(),
                        m.kind() == MessageKind.REPLY ? properties.shopName() : m.authorName(),
                        m.text(),
                        m.at()))
            .toList());
  }

  private static CustomerView customer(Inquiry i) {
    Customer c = i.customer();
    return new CustomerView(c.memberId(), c.name(), c.email(), c.phone());
  }

  private static StaffRef assignee(Inquiry i) {
    return i.assigneeId() == null ? null : new StaffRef(i.assigneeId(), i.assigneeName());
  }
}
