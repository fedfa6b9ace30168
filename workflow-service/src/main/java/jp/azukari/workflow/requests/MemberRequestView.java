package jp.azukari.workflow.requests;

import java.time.Instant;
import java.util.List;
import jp.azukari.workflow.statuses.StatusColor;
import jp.azukari.workflow.statuses.StatusDef;
import jp.azukari.workflow.statuses.TranslatedText;

/**
 * A request as its member sees it: the member-facing label and colour of its status and a timeline
 * of the statuses it went through, with dates. Nothing staff-only (comments, actors, alerts).
 */
public record MemberRequestView(
    String id,
    String number,
    String type,
    MemberStatus status,
    Instant statusSince,
    MemberHold hold,
    int kitCount,
    String note,
    Instant createdAt,
    List<TimelineEntry> timeline) {

  public record MemberStatus(String code, TranslatedText label, StatusColor color) {

    static MemberStatus of(StatusDef status) {
      return new MemberStatus(status.code(), status.memberLabel(), status.color());
    }
  }

  public record MemberHold(String note, Instant since) {

    static MemberHold of(Hold hold) {
      return hold == null ? null : new MemberHold(hold.note(), hold.since());
    }
  }

  public record TimelineEntry(String status, TranslatedText label, StatusColor color, Instant at) {}
}
