package jp.azukari.contracts;

/** Kafka topics: one per publishing service, {@code <service>.events}, keyed by aggregate id. */
public final class Topics {

  public static final String MEMBER = "member.events";
  public static final String ITEM = "item.events";
  public static final String WORKFLOW = "workflow.events";
  public static final String NOTIFICATION = "notification.events";
  public static final String AUDIT = "audit.events";
  public static final String INQUIRY = "inquiry.events";

  /** Pattern that matches every service's event topic, including ones added later. */
  public static final String ALL_EVENTS_PATTERN = ".*\\.events";

  private Topics() {}
}
