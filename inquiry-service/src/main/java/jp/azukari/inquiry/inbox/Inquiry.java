package jp.azukari.inquiry.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.CustomerMessageReceived;
import jp.azukari.contracts.inquiry.InquiriesMerged;
import jp.azukari.contracts.inquiry.InquiryAssigned;
import jp.azukari.contracts.inquiry.InquiryLabelsChanged;
import jp.azukari.contracts.inquiry.InquiryLinked;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryNoteAdded;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import jp.azukari.contracts.inquiry.PhoneMemoLogged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One conversation with a customer: its messages (customer messages, replies, phone memos, internal
 * notes) embedded, its state, assignee, labels and the mail Message-IDs it knows for threading.
 * Every change registers its event; saved with the aggregate, published by the outbox relay.
 */
@Document("inquiries")
public class Inquiry extends OutboxAggregate {

  @Id private String id;

  @Indexed(unique = true)
  private String number;

  private String subject;
  private Channel channel;
  @Indexed private InquiryState state;
  private Customer customer;
  @Indexed private String memberId;
  @Indexed private String email;
  @Indexed private String phone;
  private String assigneeId;
  private String assigneeName;
  private List<String> labels = new ArrayList<>();
  private List<Message> messages = new ArrayList<>();

  /** Every Message-ID of the thread, customer mails' and the shop's replies', oldest first. */
  @Indexed private List<String> mailMessageIds = new ArrayList<>();

  private Instant lastMessageAt;
  private Instant lastCustomerMessageAt;
  private boolean unanswered;
  private String mergedInto;
  private boolean surveySuppressed;
  private String requestId;
  private Instant createdAt;
  private Instant memberReadAt;
  private String searchText;

  protected Inquiry() {}

  /** A new inquiry opened by a customer message (or a phone memo). */
  static Inquiry open(
      String id,
      String number,
      Channel channel,
      Customer customer,
      String subject,
      Message first,
      String requestId,
      boolean linkedAutomatically) {
    var inquiry = new Inquiry();
    inquiry.id = id;
    inquiry.number = number;
    inquiry.channel = channel;
    inquiry.subject = subject;
    inquiry.state = InquiryState.NEW;
    inquiry.customer = customer;
    inquiry.requestId = requestId;
    inquiry.createdAt = first.at();
    inquiry.append(first);
    inquiry.registerEvent(
        new InquiryReceived(id, number, channel, customer.memberId(), subject, first.id()));
    if (first.kind() == MessageKind.MEMO) {
      inquiry.registerEvent(new PhoneMemoLogged(id, first.id(), customer.memberId()));
    }
    if (linkedAutomatically && customer.memberId() != null) {
      inquiry.registerEvent(new InquiryLinked(id, customer.memberId(), null, true));
    }
    inquiry.refresh();
    return inquiry;
  }

  /** The customer wrote again; a waiting or closed inquiry is open again. */
  void customerWrote(Message message) {
    append(message);
    registerEvent(new CustomerMessageReceived(id, message.id(), message.channel(), memberId));
    if (state == InquiryState.PENDING_CUSTOMER || state == InquiryState.DONE) {
      moveTo(InquiryState.IN_PROGRESS, false);
    }
    refresh();
  }

  /** The customer message a reply answers: the one named, else the latest customer message. */
  Optional<Message> customerMessageToAnswer(String inReplyTo) {
    if (inReplyTo != null) {
      return messages.stream()
          .filter(m -> m.id().equals(inReplyTo) && m.kind() == MessageKind.CUSTOMER)
          .findFirst();
    }
    return messages.stream().filter(m -> m.kind() == MessageKind.CUSTOMER).reduce((a, b) -> b);
  }

  /** Whether a reply to that customer message exists already. */
  boolean answered(String customerMessageId) {
    return customerMessageId != null
        && messages.stream()
            .anyMatch(
                m -> m.kind() == MessageKind.REPLY && customerMessageId.equals(m.inReplyTo()));
  }

  /** Staff replied (checked by {@link Inquiries}); the mail goes out with the reply. */
  void replied(Message reply, InquiryMailRequested mail, InquiryState next) {
    append(reply);
    registerEvent(new InquiryReplied(id, reply.id(), reply.inReplyTo(), memberId));
    if (mail != null) {
      registerEvent(mail);
    }
    moveTo(next, surveySuppressed);
    refresh();
  }

  /** Staff added an internal note (never sent). */
  void noted(Message note) {
    append(note);
    registerEvent(new InquiryNoteAdded(id, note.id(), memberId));
    refresh();
  }

  void memoLogged(Message memo) {
    append(memo);
    registerEvent(new PhoneMemoLogged(id, memo.id(), memberId));
    refresh();
  }

  /**
   * @return whether anything changed
   */
  boolean moveTo(InquiryState to, boolean suppressSurvey) {
    if (to == state && suppressSurvey == surveySuppressed) {
      return false;
    }
    InquiryState from = state;
    state = to;
    surveySuppressed = suppressSurvey;
    registerEvent(new InquiryStateChanged(id, from, to, memberId, suppressSurvey));
    return true;
  }

  boolean assign(String staffId, String staffName) {
    if (Objects.equals(staffId, assigneeId)) {
      return false;
    }
    String previous = assigneeId;
    assigneeId = staffId;
    assigneeName = staffId == null ? null : staffName;
    registerEvent(new InquiryAssigned(id, staffId, assigneeName, previous));
    return true;
  }

  boolean label(List<String> after) {
    List<String> normalised = new ArrayList<>(new LinkedHashSet<>(after));
    if (normalised.equals(labels)) {
      return false;
    }
    List<String> before = List.copyOf(labels);
    labels = normalised;
    registerEvent(new InquiryLabelsChanged(id, before, List.copyOf(labels)));
    refresh();
    return true;
  }

  boolean link(String member, boolean automatic) {
    if (Objects.equals(member, memberId)) {
      return false;
    }
    String previous = memberId;
    customer = customer.withMember(member);
    registerEvent(new InquiryLinked(id, member, previous, automatic));
    refresh();
    return true;
  }

  /** Takes the source's messages, Message-IDs and labels in; the source is closed separately. */
  void merged(Inquiry source) {
    source.messages.forEach(messages::add);
    messages.sort(Comparator.comparing(Message::at));
    for (String mailId : source.mailMessageIds) {
      if (!mailMessageIds.contains(mailId)) {
        mailMessageIds.add(mailId);
      }
    }
    var allLabels = new LinkedHashSet<>(labels);
    allLabels.addAll(source.labels);
    labels = new ArrayList<>(allLabels);
    if (customer.memberId() == null && source.customer.memberId() != null) {
      customer = customer.withMember(source.customer.memberId());
    }
    customer =
        customer.completedBy(
            source.customer.name(),
            source.customer.email(),
            source.customer.phone(),
            source.customer.language());
    if (state == InquiryState.DONE && !source.isDone()) {
      moveTo(InquiryState.IN_PROGRESS, surveySuppressed);
    }
    registerEvent(new InquiriesMerged(id, source.id));
    refresh();
  }

  /** Closed as merged into {@code targetId}; the survey is not sent for it. */
  void mergedInto(String targetId) {
    mergedInto = targetId;
    moveTo(InquiryState.DONE, true);
  }

  private void append(Message message) {
    messages.add(message);
    if (message.mailMessageId() != null && !mailMessageIds.contains(message.mailMessageId())) {
      mailMessageIds.add(message.mailMessageId());
    }
  }

  /** Recomputes what lists filter and search on. */
  private void refresh() {
    memberId = customer.memberId();
    email = customer.email();
    phone = customer.phone();
    lastMessageAt = messages.stream().map(Message::at).max(Comparator.naturalOrder()).orElse(null);
    lastCustomerMessageAt =
        messages.stream()
            .filter(m -> m.kind() == MessageKind.CUSTOMER)
            .map(Message::at)
            .max(Comparator.naturalOrder())
            .orElse(null);
    unanswered =
        messages.stream()
            .filter(m -> m.kind() == MessageKind.CUSTOMER || m.kind() == MessageKind.REPLY)
            .reduce((a, b) -> b)
            .map(m -> m.kind() == MessageKind.CUSTOMER)
            .orElse(false);
    var text = new StringBuilder();
    text.append(number).append('\n').append(subject).append('\n');
    for (String part : new String[] {customer.name(), customer.email(), customer.phone()}) {
      if (part != null) {
        text.append(part).append('\n');
      }
    }
    labels.forEach(label -> text.append(label).append('\n'));
    messages.forEach(m -> text.append(m.text()).append('\n'));
    searchText = text.toString().toLowerCase(Locale.ROOT);
  }

  /** Fills the customer's missing name, address, phone from a member record. */
  void completeCustomer(String name, String mail, String tel, String language) {
    customer = customer.completedBy(name, mail, tel, language);
    refresh();
  }

  boolean isDone() {
    return state == InquiryState.DONE;
  }

  public String id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String subject() {
    return subject;
  }

  public Channel channel() {
    return channel;
  }

  public InquiryState state() {
    return state;
  }

  public Customer customer() {
    return customer;
  }

  public String memberId() {
    return memberId;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public String assigneeName() {
    return assigneeName;
  }

  public List<String> labels() {
    return List.copyOf(labels);
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }

  public List<String> mailMessageIds() {
    return List.copyOf(mailMessageIds);
  }

  public Instant lastMessageAt() {
    return lastMessageAt;
  }

  public Instant lastCustomerMessageAt() {
    return lastCustomerMessageAt;
  }

  public boolean unanswered() {
    return unanswered;
  }

  public String mergedInto() {
    return mergedInto;
  }

  public boolean surveySuppressed() {
    return surveySuppressed;
  }

  public String requestId() {
    return requestId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant memberReadAt() {
    return memberReadAt;
  }

  /** Whether a reply came after the member last read the inquiry. */
  boolean unreadByMember() {
    return messages.stream()
        .anyMatch(
            m ->
                m.kind() == MessageKind.REPLY
                    && (memberReadAt == null || m.at().isAfter(memberReadAt)));
  }
}
