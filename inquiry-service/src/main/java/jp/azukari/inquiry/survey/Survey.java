package jp.azukari.inquiry.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.SurveyAnswered;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The survey of one inquiry, stored under the inquiry's id so there is at most one. It waits for an
 * address when none is known yet, is mailed once, and is answered once; the answer keeps who had
 * the inquiry and its labels at that time for the results.
 */
@Document("surveys")
class Survey extends OutboxAggregate {

  /** Where a survey stands. */
  enum State {
    AWAITING_ADDRESS,
    SENT,
    ANSWERED
  }

  @Id private String id;
  private String number;

  @Indexed(unique = true)
  private String token;

  private String memberId;
  private State state;
  private Instant createdAt;
  private Instant sentAt;
  private Instant answeredAt;
  private Integer score;
  private String comment;
  private String assigneeId;
  private String assigneeName;
  private List<String> labels;

  protected Survey() {}

  static Survey start(String inquiryId, String number, String memberId, String token, Instant now) {
    var survey = new Survey();
    survey.id = inquiryId;
    survey.number = number;
    survey.memberId = memberId;
    survey.token = token;
    survey.state = State.AWAITING_ADDRESS;
    survey.createdAt = now;
    return survey;
  }

  /** Requests the mail; does nothing once it was requested. */
  boolean send(SurveyMail mail, Instant now) {
    if (state != State.AWAITING_ADDRESS) {
      return false;
    }
    state = State.SENT;
    sentAt = now;
    registerEvent(
        new InquiryMailRequested(
            UUID.randomUUID().toString(),
            id,
            InquiryMailRequested.Kind.SURVEY,
            memberId,
            mail.toAddress(),
            mail.toName(),
            mail.language(),
            mail.subject(),
            mail.text(),
            mail.messageId(),
            null,
            List.of(),
            mail.link()));
    return true;
  }

  void answer(
      int score,
      String comment,
      String assigneeId,
      String assigneeName,
      List<String> labels,
      Instant now) {
    this.state = State.ANSWERED;
    this.score = score;
    this.comment = comment;
    this.assigneeId = assigneeId;
    this.assigneeName = assigneeName;
    this.labels = labels;
    this.answeredAt = now;
    registerEvent(new SurveyAnswered(id, score));
  }

  String inquiryId() {
    return id;
  }

  String number() {
    return number;
  }

  String token() {
    return token;
  }

  String memberId() {
    return memberId;
  }

  State state() {
    return state;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant answeredAt() {
    return answeredAt;
  }

  Integer score() {
    return score;
  }

  String comment() {
    return comment;
  }

  String assigneeName() {
    return assigneeName;
  }

  List<String> labels() {
    return labels == null ? List.of() : labels;
  }
}
