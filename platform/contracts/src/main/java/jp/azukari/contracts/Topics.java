package jp.azukari.contracts;

/**
 * Kafka topics: one per publishing service, {@code <service>.events}, keyed by aggregate id, plus
 * topics for messages that must stay out of the audit log (see {@link EventType#topic()}).
 */
public final class Topics {

  public static final String MEMBER = "member.events";
  public static final String ITEM = "item.events";
  public static final String WORKFLOW = "workflow.events";
  public static final String NOTIFICATION = "notification.events";
  public static final String AUDIT = "audit.events";
  public static final String INQUIRY = "inquiry.events";

  /**
   * Confirmation links for the notification-service to mail ({@code
   * member.ConfirmationLinkIssued}). They carry a secret token, so this topic is outside {@link
   * #ALL_EVENTS_PATTERN}: the audit log, which consumes every {@code *.events} topic, never stores
   * them.
   */
  public static final String MEMBER_LINKS = "member.links";

  /**
   * Mails to customers about inquiries ({@code inquiry.InquiryMailRequested}): they carry message
   * text and addresses, so the topic is outside {@link #ALL_EVENTS_PATTERN}.
   */
  public static final String INQUIRY_MAILS = "inquiry.mails";

  /** Pattern that matches every service's event topic, including ones added later. */
  public static final String ALL_EVENTS_PATTERN = ".*\\.events";

  private Topics() {}
}
