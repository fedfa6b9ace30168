package jp.azukari.audit.record;

/**
 * What an event type says about itself: {@code workflow.RequestStatusChanged} is the action {@code
 * RequestStatusChanged} of the service {@code workflow} on a {@code request}.
 */
final class EventNames {

  private EventNames() {}

  static String service(String type, String topic) {
    if (type != null && type.indexOf('.') > 0) {
      return type.substring(0, type.indexOf('.'));
    }
    if (topic != null && topic.endsWith(".events")) {
      return topic.substring(0, topic.length() - ".events".length());
    }
    return topic;
  }

  static String action(String type) {
    return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
  }

  /** The kind of entity the event's subject names, from the service that owns it. */
  static String entityType(String type, String topic) {
    String service = service(type, topic);
    if (service == null) {
      return null;
    }
    return switch (service) {
      case "workflow" -> "request";
      case "notification" -> "mail";
      default -> service;
    };
  }
}
