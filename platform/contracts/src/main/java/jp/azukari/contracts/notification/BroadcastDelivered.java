package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A broadcast reached the notification lists of every member of its segment.
 *
 * @param broadcastId the broadcast
 * @param recipients how many members it reached
 */
@EventType("notification.BroadcastDelivered")
public record BroadcastDelivered(String broadcastId, long recipients) implements DomainEvent {

  @Override
  public String aggregateId() {
    return broadcastId;
  }
}
