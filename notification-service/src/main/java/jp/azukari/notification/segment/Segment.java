package jp.azukari.notification.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Which members a broadcast or newsletter goes to. Every condition given narrows the selection; an
 * empty list or {@code null} means "any". Erased members and merged duplicates are never in a
 * segment.
 *
 * @param accountStatus account statuses, e.g. {@code ACTIVE}
 * @param prefectures prefectures as members wrote them, e.g. {@code 東京都}
 * @param verification verification states: {@code NOT_SUBMITTED}, {@code PENDING}, {@code
 *     VERIFIED}, {@code REJECTED}
 * @param lastActiveWithinDays only members who did something themselves within so many days
 * @param optedInOnly only members who did not opt out of newsletters ({@code null} = false)
 */
public record Segment(
    @Size(max = 20) List<String> accountStatus,
    @Size(max = 47) List<String> prefectures,
    @Size(max = 10) List<String> verification,
    @Min(1) @Max(3650) Integer lastActiveWithinDays,
    Boolean optedInOnly) {

  /** Every member. */
  public static Segment everyone() {
    return new Segment(List.of(), List.of(), List.of(), null, false);
  }

  /** Whether only members who did not opt out of newsletters are selected. */
  public boolean onlyOptedIn() {
    return Boolean.TRUE.equals(optedInOnly);
  }

  /** The same members, of those who did not opt out of newsletters only. */
  public Segment optedIn() {
    return new Segment(accountStatus, prefectures, verification, lastActiveWithinDays, true);
  }
}
