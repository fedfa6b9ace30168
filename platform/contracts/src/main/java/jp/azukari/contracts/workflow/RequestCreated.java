package jp.azukari.contracts.workflow;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A request (one consignment job) was started.
 *
 * @param requestId the request's id
 * @param number the request number members and staff quote, e.g. {@code R-000123}
 * @param memberId the member the request belongs to
 * @param type the request type, {@code KIT} (delivery-kit consignment) or {@code WALK_IN}
 * @param status the code of the status the request starts in
 * @param channel who started it: {@code WEB} (the member), {@code PHONE} or {@code WALK_IN} (staff)
 * @param note what the member or staff wrote when starting it, may be {@code null}
 * @param itemsReceived whether the request starts with its items already in the shop (a walk-in
 *     consignment): the acquisition date of the transaction ledger is then the creation
 */
@EventType("workflow.RequestCreated")
public record RequestCreated(
    String requestId,
    String number,
    String memberId,
    String type,
    String status,
    String channel,
    String note,
    boolean itemsReceived)
    implements DomainEvent {

  /** A request that starts before its items are in the shop. */
  public RequestCreated(
      String requestId,
      String number,
      String memberId,
      String type,
      String status,
      String channel,
      String note) {
    this(requestId, number, memberId, type, status, channel, note, false);
  }

  @Override
  public String aggregateId() {
    return requestId;
  }
}
