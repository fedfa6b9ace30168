package jp.azukari.notification.inapp;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message in a member's notification list. Its id is the id of what caused it (the event, or
 * the broadcast and the member), so a redelivered event or a resumed fan-out adds no second one.
 * Reading it is the member's own business and announces nothing.
 */
@Document("notifications")
@CompoundIndexes({
  @CompoundIndex(name = "member_list", def = "{'memberId': 1, 'createdAt': -1, '_id': -1}"),
  @CompoundIndex(name = "member_unread", def = "{'memberId': 1, 'readAt': 1}")
})
class Notification {

  @Id private String id;
  private String memberId;
  private String kind;
  private Map<String, String> title;
  private String body;
  private String link;
  private String broadcastId;
  private Instant createdAt;
  private Instant readAt;

  protected Notification() {}

  Notification(
      String id,
      String memberId,
      String kind,
      Map<String, String> title,
      String body,
      String link,
      String broadcastId,
      Instant createdAt) {
    this.id = id;
    this.memberId = memberId;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.link = link;
    this.broadcastId = broadcastId;
    this.createdAt = createdAt;
  }

  String id() {
    return id;
  }

  String memberId() {
    return memberId;
  }

  String kind() {
    return kind;
  }

  Map<String, String> title() {
    return title;
  }

  String body() {
    return body;
  }

  String link() {
    return link;
  }

  String broadcastId() {
    return broadcastId;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant readAt() {
    return readAt;
  }
}
