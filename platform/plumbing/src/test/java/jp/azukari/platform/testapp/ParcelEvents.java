package jp.azukari.platform.testapp;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/** The parcel's events, shaped like the records of the contracts module. */
public final class ParcelEvents {

  public static final String RECEIVED = "parcel.ParcelReceived";
  public static final String SCANNED = "parcel.ParcelScanned";
  public static final String CLAIM_TICKET_ISSUED = "parcel.ClaimTicketIssued";

  /** A topic outside {@code *.events}, for messages the audit log must not copy. */
  public static final String TICKETS_TOPIC = "parcel.tickets";

  private ParcelEvents() {}

  @EventType(RECEIVED)
  public record ParcelReceived(String parcelId, String label) implements DomainEvent {

    @Override
    public String aggregateId() {
      return parcelId;
    }
  }

  /**
   * @param sequence 1 for the parcel's first scan, 2 for the second, ...
   */
  @EventType(SCANNED)
  public record ParcelScanned(String parcelId, int sequence, String place) implements DomainEvent {

    @Override
    public String aggregateId() {
      return parcelId;
    }
  }

  /** Carries a secret, so it goes to its own topic instead of {@code parcel.events}. */
  @EventType(value = CLAIM_TICKET_ISSUED, topic = TICKETS_TOPIC)
  public record ClaimTicketIssued(String parcelId, String secret) implements DomainEvent {

    @Override
    public String aggregateId() {
      return parcelId;
    }
  }
}
