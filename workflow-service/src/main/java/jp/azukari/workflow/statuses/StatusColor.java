package jp.azukari.workflow.statuses;

/**
 * The colours a status is shown in (a badge, a board column), as {@code #rrggbb}.
 *
 * @param background the badge's background
 * @param text the text on it
 */
public record StatusColor(String background, String text) {

  /** For a status that is no longer configured at all. */
  static final StatusColor UNKNOWN = new StatusColor("#e9ecef", "#495057");
}
