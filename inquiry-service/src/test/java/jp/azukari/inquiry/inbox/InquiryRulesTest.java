package jp.azukari.inquiry.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryNoteAdded;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import org.junit.jupiter.api.Test;

/** The inquiry's own rules, without the service around it. */
class InquiryRulesTest {

  static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  static final Customer GUEST = new Customer(null, "田中", "tanaka@example.com", null, "ja");

  static Message customer(String id, Instant at) {
    return new Message(
        id,
        MessageKind.CUSTOMER,
        Channel.MAIL,
        null,
        "田中",
        ActorType.MEMBER,
        "質問 " + id,
        null,
        List.of(),
        at,
        null,
        "<" + id + "@c>",
        null);
  }

  static Message reply(String id, String inReplyTo, Instant at) {
    return new Message(
        id,
        MessageKind.REPLY,
        null,
        "staff-a",
        "佐藤",
        ActorType.STAFF,
        "回答",
        null,
        List.of(),
        at,
        inReplyTo,
        "<" + id + "@shop>",
        "mail-" + id);
  }

  static Inquiry inquiry() {
    return Inquiry.open(
        "i-1", "Q-000001", Channel.MAIL, GUEST, "件名", customer("c1", T0), null, false);
  }

  @Test
  void aCustomerMessageIsUnansweredUntilARepliesToIt() {
    Inquiry inquiry = inquiry();
    assertThat(inquiry.unanswered()).isTrue();
    assertThat(inquiry.answered("c1")).isFalse();

    inquiry.replied(reply("r1", "c1", T0.plusSeconds(60)), null, InquiryState.PENDING_CUSTOMER);

    assertThat(inquiry.unanswered()).isFalse();
    assertThat(inquiry.answered("c1")).isTrue();
    assertThat(inquiry.mailMessageIds()).containsExactly("<c1@c>", "<r1@shop>");
  }

  @Test
  void notesAndMemosDoNotAnswerTheCustomer() {
    Inquiry inquiry = inquiry();
    inquiry.noted(
        new Message(
            "n1",
            MessageKind.NOTE,
            null,
            "staff-a",
            "佐藤",
            ActorType.STAFF,
            "メモ",
            null,
            List.of(),
            T0.plusSeconds(5),
            null,
            null,
            null));

    assertThat(inquiry.unanswered()).isTrue();
    assertThat(inquiry.registeredEvents())
        .filteredOn(InquiryNoteAdded.class::isInstance)
        .containsExactly(new InquiryNoteAdded("i-1", "n1", null));
  }

  @Test
  void theCustomerWritingReopensAWaitingOrClosedInquiry() {
    Inquiry inquiry = inquiry();
    inquiry.replied(reply("r1", "c1", T0.plusSeconds(60)), null, InquiryState.DONE);

    inquiry.customerWrote(customer("c2", T0.plus(Duration.ofHours(1))));

    assertThat(inquiry.state()).isEqualTo(InquiryState.IN_PROGRESS);
    assertThat(inquiry.unanswered()).isTrue();
    assertThat(inquiry.customerMessageToAnswer(null).orElseThrow().id()).isEqualTo("c2");
    assertThat(inquiry.registeredEvents())
        .filteredOn(InquiryStateChanged.class::isInstance)
        .map(e -> ((InquiryStateChanged) e).to())
        .containsExactly(InquiryState.DONE, InquiryState.IN_PROGRESS);
  }

  @Test
  void mergingKeepsTheMessagesInTimeOrderAndTheSourcesMessageIds() {
    Inquiry target = inquiry();
    Inquiry source =
        Inquiry.open(
            "i-2",
            "Q-000002",
            Channel.MAIL,
            GUEST,
            "同じ件",
            customer("c0", T0.minusSeconds(30)),
            null,
            false);

    target.merged(source);
    source.mergedInto(target.id());

    assertThat(target.messages()).extracting(Message::id).containsExactly("c0", "c1");
    assertThat(target.mailMessageIds()).contains("<c0@c>", "<c1@c>");
    assertThat(source.state()).isEqualTo(InquiryState.DONE);
    assertThat(source.mergedInto()).isEqualTo("i-1");
    assertThat(source.surveySuppressed()).isTrue();
  }

  @Test
  void labelsAreOneLineShortAndDistinct() {
    assertThat(Inquiries.cleanLabels(List.of(" 急ぎ ", "急ぎ", "返品"))).containsExactly("急ぎ", "返品");
    assertThatThrownBy(() -> Inquiries.cleanLabels(List.of("a\r\nb")))
        .isInstanceOf(InboxProblems.Refusal.class);
    assertThatThrownBy(() -> Inquiries.cleanLabels(List.of(" ")))
        .isInstanceOf(InboxProblems.Refusal.class);
    assertThatThrownBy(() -> Inquiries.cleanLabels(List.of("x".repeat(41))))
        .isInstanceOf(InboxProblems.Refusal.class);
  }

  @Test
  void aLockIsHeldUntilItsLeaseRunsOutAndRenewingKeepsItsStart() {
    var lock = new ReplyLock("i-1");
    lock.take("staff-a", "佐藤", T0, Duration.ofMinutes(2));
    lock.take("staff-a", "佐藤", T0.plusSeconds(90), Duration.ofMinutes(2));

    assertThat(lock.heldByOtherThan("staff-b", T0.plusSeconds(200))).isTrue();
    assertThat(lock.state(T0.plusSeconds(200)).since()).isEqualTo(T0);
    assertThat(lock.heldByOtherThan("staff-b", T0.plusSeconds(211))).isFalse();
    assertThat(lock.state(T0.plusSeconds(211))).isNull();
  }
}
