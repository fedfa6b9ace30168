package jp.azukari.workflow.requests;

import java.time.Instant;
import java.util.List;
import jp.azukari.workflow.members.MemberVerification;
import jp.azukari.workflow.statuses.StatusColor;
import jp.azukari.workflow.statuses.StatusDef;
import jp.azukari.workflow.statuses.TranslatedText;

/**
 * A request as staff see it in lists, on the board and in alerts. {@code attention}, {@code
 * overdue} and {@code dueAt} are computed when it is read; {@code version} is what an edit names in
 * {@code If-Match}.
 */
public record RequestView(
    String id,
    String number,
    String type,
    Channel channel,
    String memberId,
    String memberName,
    MemberVerification memberVerification,
    StatusView status,
    Instant statusSince,
    Instant dueAt,
    boolean overdue,
    List<Attention> attention,
    HoldView hold,
    boolean memberMail,
    MailFailureView mailFailure,
    String note,
    int kitCount,
    Instant createdAt,
    long version) {

  /** A status as a request shows it; a retired one still by its name. */
  public record StatusView(String code, TranslatedText name, StatusColor color, boolean retired) {

    static StatusView of(StatusDef status) {
      return new StatusView(status.code(), status.name(), status.color(), status.retired());
    }
  }

  /** The hold: its note, since when and who put it on hold (their name). */
  public record HoldView(String note, Instant since, String by) {

    static HoldView of(Hold hold) {
      return hold == null ? null : new HoldView(hold.note(), hold.since(), hold.byName());
    }
  }

  public record MailFailureView(String reason, Instant at) {

    static MailFailureView of(MailFailure failure) {
      return failure == null ? null : new MailFailureView(failure.reason(), failure.at());
    }
  }
}
