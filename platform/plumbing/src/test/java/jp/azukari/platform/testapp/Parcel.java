package jp.azukari.platform.testapp;

import java.util.UUID;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A parcel received at the counter and scanned on its way; every step is an event. */
@Document(Parcel.COLLECTION)
public class Parcel extends OutboxAggregate {

  public static final String COLLECTION = "parcels";

  @Id private String id;
  private String label;
  private int scans;

  protected Parcel() {}

  public static Parcel receive(String label) {
    var parcel = new Parcel();
    parcel.id = UUID.randomUUID().toString();
    parcel.label = label;
    parcel.registerEvent(new ParcelEvents.ParcelReceived(parcel.id, label));
    return parcel;
  }

  public void scan(String place) {
    scans++;
    registerEvent(new ParcelEvents.ParcelScanned(id, scans, place));
  }

  public void issueClaimTicket(String secret) {
    registerEvent(new ParcelEvents.ClaimTicketIssued(id, secret));
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public int scans() {
    return scans;
  }
}
