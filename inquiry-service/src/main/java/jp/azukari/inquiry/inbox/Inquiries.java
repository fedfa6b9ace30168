package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import jp.azukari.contracts.Actor;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.inquiry.customer.MemberContact;
import jp.azukari.inquiry.customer.Members;
import jp.azukari.inquiry.hours.Acknowledgements;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.sequence.NumberSequence;
import jp.azukari.platform.sequence.Sequences;
import jp.azukari.platform.web.IfMatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything that changes inquiries: customers writing (member form, guest form, mail), staff
 * replying, noting, logging calls, moving, assigning, labelling, linking and merging. Edits that
 * name a version ({@code If-Match}) are refused when it is stale; the others are retried on the
 * fresh inquiry when they collide with a concurrent change.
 */
@Service
public class Inquiries {

  private static final int ATTEMPTS = 3;

  private final InquiryRepository repository;
  private final MongoTemplate mongo;
  private final NumberSequence numbers;
  private final Members members;
  private final ReplyLocks locks;
  private final StaffDirectory staff;
  private final ObjectProvider<Acknowledgements> acknowledgements;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final InboxProperties properties;

  Inquiries(
      InquiryRepository repository,
      MongoTemplate mongo,
      Sequences sequences,
      Members members,
      ReplyLocks locks,
      StaffDirectory staff,
      ObjectProvider<Acknowledgements> acknowledgements,
      CurrentActor currentActor,
      Clock clock,
      InboxProperties properties) {
    this.repository = repository;
    this.mongo = mongo;
    this.numbers = sequences.numbered("inquiry-number", "Q");
    this.members = members;
    this.locks = locks;
    this.staff = staff;
    this.acknowledgements = acknowledgements;
    this.currentActor = currentActor;
    this.clock = clock;
    this.properties = properties;
  }

  /** 404 {@code inquiry-unknown} when there is none. */
  public Inquiry get(String id) {
    return repository.findById(id).orElseThrow(InboxProblems::unknown);
  }

  /** The member's own inquiry; another member's is as unknown as one that does not exist. */
  Inquiry own(String memberId, String id) {
    return repository.findByIdAndMemberId(id, memberId).orElseThrow(InboxProblems::unknown);
  }

  List<Inquiry> own(String memberId) {
    return repository.findByMemberIdOrderByLastMessageAtDesc(memberId);
  }

  // --- customers write

  /** The signed-in member writes on the member web. */
  Inquiry openByMember(String subject, String text, String requestId) {
    Actor member = currentActor.get();
    Optional<MemberContact> known = members.find(member.id());
    var customer =
        new Customer(
            member.id(),
            known.map(MemberContact::name).orElse(member.name()),
            known.map(MemberContact::email).orElse(null),
            known.map(MemberContact::phone).orElse(null),
            known.map(MemberContact::language).orElse("ja"));
    Message first =
        customerMessage(Channel.MEMBER_FORM, customer, text, null, null, List.of(), now());
    Inquiry inquiry =
        Inquiry.open(
            newId(),
            numbers.next(),
            Channel.MEMBER_FORM,
            customer,
            subject.strip(),
            first,
            blankToNull(requestId),
            false);
    return arrived(repository.insert(inquiry), first);
  }

  /** Someone wrote through the public form. */
  Inquiry openByGuest(
      String name, String email, String phone, String subject, String text, String language) {
    var customer =
        new Customer(
            null,
            name.strip(),
            Members.normaliseEmail(email),
            Members.normalisePhone(phone),
            "en".equals(language) ? "en" : "ja");
    return openMatched(
        Channel.GUEST_FORM,
        customer,
        subject.strip(),
        text,
        null,
        null,
        List.of(),
        List.of(),
        now());
  }

  /** The member writes again in their own inquiry. */
  Inquiry memberWrites(String id, String text) {
    String memberId = currentActor.get().id();
    own(memberId, id);
    return customerWrites(
        id,
        inquiry ->
            customerMessage(
                Channel.MEMBER_FORM, inquiry.customer(), text, null, null, List.of(), now()));
  }

  /** A new inquiry from a customer, linked to the member whose address or phone it is. */
  Inquiry openMatched(
      Channel channel,
      Customer given,
      String subject,
      String text,
      String html,
      String mailMessageId,
      List<Message.Attachment> attachments,
      List<Message.RefusedAttachment> refusedAttachments,
      Instant at) {
    Optional<MemberContact> match = members.match(given.email(), given.phone());
    Customer customer =
        match
            .map(
                member ->
                    given
                        .withMember(member.memberId())
                        .completedBy(member.name(), member.email(), member.phone(), null))
            .orElse(given);
    Message first =
        customerMessage(channel, customer, text, html, mailMessageId, attachments, at)
            .withRefusedAttachments(refusedAttachments);
    Inquiry inquiry =
        Inquiry.open(
            newId(),
            numbers.next(),
            channel,
            customer,
            subject.isBlank() ? "(no subject)" : subject,
            first,
            null,
            match.isPresent());
    return arrived(repository.insert(inquiry), first);
  }

  /** A customer message joins an existing inquiry (a merged one hands it to its target). */
  Inquiry customerWrites(String id, java.util.function.Function<Inquiry, Message> message) {
    for (int attempt = 1; ; attempt++) {
      Inquiry inquiry = followMerges(get(id));
      Message written = message.apply(inquiry);
      inquiry.customerWrote(written);
      try {
        return arrived(repository.save(inquiry), written);
      } catch (OptimisticLockingFailureException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  Inquiry followMerges(Inquiry inquiry) {
    Inquiry current = inquiry;
    for (int hops = 0; current.mergedInto() != null && hops < 10; hops++) {
      current = get(current.mergedInto());
    }
    return current;
  }

  Message customerMessage(
      Channel channel,
      Customer customer,
      String text,
      String html,
      String mailMessageId,
      List<Message.Attachment> attachments,
      Instant at) {
    return new Message(
        newId(),
        MessageKind.CUSTOMER,
        channel,
        customer.memberId(),
        customer.name(),
        ActorType.MEMBER,
        text,
        html,
        attachments,
        at,
        null,
        mailMessageId,
        null);
  }

  /** Tells the acknowledgements of a customer message that has an address. */
  private Inquiry arrived(Inquiry inquiry, Message message) {
    Customer customer = inquiry.customer();
    if (customer.email() != null) {
      acknowledgements.ifAvailable(
          acks ->
              acks.arrived(
                  new Acknowledgements.Arrival(
                      inquiry.id(),
                      message.channel(),
                      customer.memberId(),
                      customer.email(),
                      customer.name(),
                      customer.language() == null ? "ja" : customer.language(),
                      inquiry.subject(),
                      message.mailMessageId(),
                      message.at())));
    }
    return inquiry;
  }

  // --- staff work

  /**
   * Staff reply to a customer message. Needs the caller's reply lock; a customer message is
   * answered once, also when two replies race (the inquiry's version lets only one of them be
   * saved).
   */
  Inquiry reply(String id, String ifMatch, String text, String inReplyTo, InquiryState next) {
    long seenVersion = IfMatch.version(ifMatch);
    Actor actor = currentActor.get();
    Inquiry inquiry = get(id);
    if (inquiry.mergedInto() != null) {
      throw InboxProblems.merged(inquiry.mergedInto());
    }
    if (!locks.heldByMe(id)) {
      throw InboxProblems.locked(locks.current(id));
    }
    Optional<Message> answered = inquiry.customerMessageToAnswer(blankToNull(inReplyTo));
    if (inReplyTo != null && !inReplyTo.isBlank() && answered.isEmpty()) {
      throw InboxProblems.unknownMessage();
    }
    String answeredId = answered.map(Message::id).orElse(null);
    if (inquiry.answered(answeredId)) {
      throw InboxProblems.alreadyAnswered(answeredId);
    }
    if (inquiry.version() == null || inquiry.version() != seenVersion) {
      throw stale(seenVersion, inquiry);
    }
    Instant now = now();
    Customer customer = inquiry.customer();
    String replyId = newId();
    InquiryMailRequested mail = null;
    String mailMessageId = null;
    String mailId = null;
    if (customer.email() != null) {
      mailId = newId();
      mailMessageId = "<" + UUID.randomUUID() + "@" + properties.mailDomain() + ">";
      mail =
          new InquiryMailRequested(
              mailId,
              inquiry.id(),
              InquiryMailRequested.Kind.REPLY,
              customer.memberId(),
              customer.email(),
              customer.name(),
              customer.language() == null ? "ja" : customer.language(),
              replySubject(inquiry.subject()),
              text,
              mailMessageId,
              answered.map(Message::mailMessageId).orElse(null),
              inquiry.mailMessageIds(),
              customer.memberId() == null
                  ? null
                  : properties.memberLink().replace("{id}", inquiry.id()));
    }
    var reply =
        new Message(
            replyId,
            MessageKind.REPLY,
            null,
            actor.id(),
            actor.name(),
            ActorType.STAFF,
            text,
            null,
            List.of(),
            now,
            answeredId,
            mailMessageId,
            mailId);
    inquiry.replied(reply, mail, next);
    Inquiry saved;
    try {
      saved = repository.save(inquiry);
    } catch (OptimisticLockingFailureException e) {
      // Someone else's change won the race; if it was a reply to the same message, say so.
      if (get(id).answered(answeredId)) {
        throw InboxProblems.alreadyAnswered(answeredId);
      }
      throw e;
    }
    locks.release(id);
    return saved;
  }

  private static String replySubject(String subject) {
    return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
  }

  /** An internal note, never sent. */
  Inquiry note(String id, String text) {
    Actor actor = currentActor.get();
    return edit(
        id,
        null,
        inquiry -> {
          inquiry.noted(staffMessage(MessageKind.NOTE, null, actor, text));
          return true;
        });
  }

  /**
   * A phone call: noted in the inquiry named, else in a new inquiry (channel PHONE) with the member
   * named or the caller whose phone number matches a member.
   */
  Inquiry memo(
      String memberId, String phone, String name, String inquiryId, String subject, String text) {
    Actor actor = currentActor.get();
    if (inquiryId != null && !inquiryId.isBlank()) {
      return edit(
          inquiryId,
          null,
          inquiry -> {
            inquiry.memoLogged(staffMessage(MessageKind.MEMO, Channel.PHONE, actor, text));
            return true;
          });
    }
    if (subject == null || subject.isBlank()) {
      throw InboxProblems.badRequest(
          "subject-required", "A memo that opens a new inquiry needs a subject.");
    }
    Customer customer;
    boolean automatic = false;
    if (memberId != null && !memberId.isBlank()) {
      MemberContact member =
          members.find(memberId.strip()).orElseThrow(InboxProblems::unknownMember);
      customer =
          new Customer(
              member.memberId(),
              name != null && !name.isBlank() ? name.strip() : member.name(),
              member.email(),
              Members.normalisePhone(phone) != null
                  ? Members.normalisePhone(phone)
                  : member.phone(),
              member.language());
    } else {
      var given = new Customer(null, blankToNull(name), null, Members.normalisePhone(phone), "ja");
      Optional<MemberContact> match = members.match(null, given.phone());
      automatic = match.isPresent();
      customer =
          match
              .map(
                  member ->
                      given
                          .withMember(member.memberId())
                          .completedBy(
                              member.name(), member.email(), member.phone(), member.language()))
              .orElse(given);
    }
    Message memo = staffMessage(MessageKind.MEMO, Channel.PHONE, actor, text);
    Inquiry inquiry =
        Inquiry.open(
            newId(),
            numbers.next(),
            Channel.PHONE,
            customer,
            subject.strip(),
            memo,
            null,
            automatic);
    return repository.insert(inquiry);
  }

  private Message staffMessage(MessageKind kind, Channel channel, Actor actor, String text) {
    return new Message(
        newId(),
        kind,
        channel,
        actor.id(),
        actor.name(),
        ActorType.STAFF,
        text,
        null,
        List.of(),
        now(),
        null,
        null,
        null);
  }

  Inquiry changeState(String id, Long version, InquiryState state, Boolean surveySuppressed) {
    return edit(
        id,
        version,
        inquiry -> {
          refuseMerged(inquiry);
          return inquiry.moveTo(
              state, surveySuppressed != null ? surveySuppressed : inquiry.surveySuppressed());
        });
  }

  Inquiry assign(String id, Long version, String assigneeId) {
    String name = assigneeName(assigneeId);
    return edit(id, version, inquiry -> inquiry.assign(blankToNull(assigneeId), name));
  }

  private String assigneeName(String assigneeId) {
    if (assigneeId == null || assigneeId.isBlank()) {
      return null;
    }
    return staff.find(assigneeId).orElseThrow(InboxProblems::unknownStaff).name();
  }

  Inquiry label(String id, Long version, List<String> labels) {
    List<String> clean = cleanLabels(labels);
    return edit(id, version, inquiry -> inquiry.label(clean));
  }

  Inquiry addLabel(String id, String label) {
    String clean = cleanLabels(List.of(label)).getFirst();
    return edit(
        id,
        null,
        inquiry -> {
          var after = new ArrayList<>(inquiry.labels());
          after.add(clean);
          return inquiry.label(after);
        });
  }

  Inquiry removeLabel(String id, String label) {
    String clean = cleanLabels(List.of(label)).getFirst();
    return edit(
        id,
        null,
        inquiry -> {
          var after = new ArrayList<>(inquiry.labels());
          after.remove(clean);
          return inquiry.label(after);
        });
  }

  static List<String> cleanLabels(List<String> labels) {
    var clean = new LinkedHashSet<String>();
    for (String label : labels) {
      String stripped = label == null ? "" : label.strip();
      if (stripped.isEmpty()
          || stripped.length() > 40
          || stripped.chars().anyMatch(Character::isISOControl)) {
        throw InboxProblems.badRequest(
            "label-invalid", "A label is 1 to 40 characters on one line.");
      }
      clean.add(stripped);
    }
    if (clean.size() > 20) {
      throw InboxProblems.badRequest("label-invalid", "An inquiry has at most 20 labels.");
    }
    return List.copyOf(clean);
  }

  /** Staff link the inquiry to a member by hand (or unlink it). */
  Inquiry link(String id, Long version, String memberId) {
    MemberContact member =
        memberId == null || memberId.isBlank()
            ? null
            : members.find(memberId.strip()).orElseThrow(InboxProblems::unknownMember);
    return edit(
        id,
        version,
        inquiry -> {
          boolean changed = inquiry.link(member == null ? null : member.memberId(), false);
          if (member != null) {
            inquiry.completeCustomer(
                member.name(), member.email(), member.phone(), member.language());
          }
          return changed;
        });
  }

  /** The source's messages move into the target; the source closes, pointing at the target. */
  Inquiry merge(String targetId, Long version, String sourceId) {
    if (targetId.equals(sourceId)) {
      throw InboxProblems.badRequest("merge-same", "An inquiry cannot be merged into itself.");
    }
    Inquiry source = get(sourceId);
    if (source.mergedInto() != null) {
      throw InboxProblems.merged(source.mergedInto());
    }
    Inquiry target =
        edit(
            targetId,
            version,
            inquiry -> {
              refuseMerged(inquiry);
              inquiry.merged(source);
              return true;
            });
    edit(
        sourceId,
        null,
        inquiry -> {
          inquiry.mergedInto(targetId);
          return true;
        });
    return target;
  }

  private static void refuseMerged(Inquiry inquiry) {
    if (inquiry.mergedInto() != null) {
      throw InboxProblems.merged(inquiry.mergedInto());
    }
  }

  /** The member read the inquiry: its replies are no longer unread. Not a change of the case. */
  void markReadByMember(String id) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        new Update().set("memberReadAt", now()),
        Inquiry.class);
  }

  /**
   * Applies {@code change} and saves when it says something changed. With a version, a stale one is
   * refused (409); without one, a concurrent change is retried on the fresh inquiry.
   */
  Inquiry edit(String id, Long version, Predicate<Inquiry> change) {
    for (int attempt = 1; ; attempt++) {
      Inquiry inquiry = get(id);
      if (version != null && (inquiry.version() == null || !inquiry.version().equals(version))) {
        throw stale(version, inquiry);
      }
      if (!change.test(inquiry)) {
        return inquiry;
      }
      try {
        return repository.save(inquiry);
      } catch (OptimisticLockingFailureException e) {
        if (version != null || attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static ResponseStatusException stale(long seen, Inquiry inquiry) {
    return new ResponseStatusException(
        HttpStatus.CONFLICT,
        "Someone changed this inquiry after you loaded it (you edited version "
            + seen
            + ", it is now at "
            + inquiry.version()
            + "). Reload it and make your change again.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
