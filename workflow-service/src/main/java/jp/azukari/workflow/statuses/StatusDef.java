package jp.azukari.workflow.statuses;

import java.util.Objects;

/**
 * One status of a request type, as admins configure it.
 *
 * @param code the stable code requests and events carry, e.g. {@code KIT_SENT}
 * @param name what staff read
 * @param memberLabel what the member reads on the member web and in mails
 * @param order position on the board and in lists
 * @param color badge colours
 * @param initial requests of the type start here (exactly one status)
 * @param terminal the request ends here: no transition leaves it, no time limit
 * @param retired no request enters it any more; requests in it still show it and leave it along its
 *     transitions
 * @param mailOnEntry entering it mails the member (unless the request's member mail is off)
 * @param mailTemplate the mail template notification-service renders, e.g. {@code request-status}
 * @param timeLimitHours hours a request may stay before it is flagged; {@code null} for none
 * @param kitWithMember the delivery kit is with the member: a stay past the limit is "kit not
 *     returned" rather than "overdue"
 * @param itemsReceived the items are in the shop once a request is here (the acquisition of the
 *     transaction ledger)
 * @param requiresVerifiedMember only requests of members whose identity is verified may enter it
 */
public record StatusDef(
    String code,
    TranslatedText name,
    TranslatedText memberLabel,
    int order,
    StatusColor color,
    boolean initial,
    boolean terminal,
    boolean retired,
    boolean mailOnEntry,
    String mailTemplate,
    Integer timeLimitHours,
    boolean kitWithMember,
    boolean itemsReceived,
    boolean requiresVerifiedMember) {

  /** The mail template used when a status mails without naming one. */
  public static final String DEFAULT_MAIL_TEMPLATE = "request-status";

  /**
   * Stands in for a status code a request carries but the configuration no longer has (it was
   * removed while a request was entering it): shown by its code, retired, never entered again.
   */
  public static StatusDef unknown(String code) {
    var name = new TranslatedText(code, code);
    return new StatusDef(
        code,
        name,
        name,
        Integer.MAX_VALUE,
        StatusColor.UNKNOWN,
        false,
        false,
        true,
        false,
        null,
        null,
        false,
        false,
        false);
  }

  /** The template to mail on entry or on a retry. */
  public String mailTemplateOrDefault() {
    return mailTemplate == null || mailTemplate.isBlank() ? DEFAULT_MAIL_TEMPLATE : mailTemplate;
  }

  /** Whether a request may stay here only for a limited time. */
  public boolean timeLimited() {
    return timeLimitHours != null && !terminal;
  }

  boolean sameAs(StatusDef other) {
    return Objects.equals(this, other);
  }
}
