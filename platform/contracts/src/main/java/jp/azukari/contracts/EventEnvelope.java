package jp.azukari.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One envelope for every event: CloudEvents 1.0 attributes in structured JSON mode, plus the
 * extensions {@code actorid}, {@code actortype}, {@code actorname}, {@code correlationid} and
 * {@code clientaddress}.
 *
 * <p>{@code subject} is the aggregate id; it is also the Kafka record key, so one aggregate's
 * events stay in order.
 *
 * <p>{@code clientaddress} is the address of the client whose request caused the event, as the
 * gateway saw it; events of scheduled or consumed work (the system's own) have none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
    String specversion,
    String id,
    String source,
    String type,
    Instant time,
    String subject,
    String datacontenttype,
    String actorid,
    ActorType actortype,
    String actorname,
    String correlationid,
    Map<String, Object> data,
    String clientaddress) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  /** Media type of a structured-mode CloudEvent, used as the Kafka {@code content-type} header. */
  public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

  /** An envelope without a client address: an event of the system's own work. */
  public EventEnvelope(
      String specversion,
      String id,
      String source,
      String type,
      Instant time,
      String subject,
      String datacontenttype,
      String actorid,
      ActorType actortype,
      String actorname,
      String correlationid,
      Map<String, Object> data) {
    this(
        specversion,
        id,
        source,
        type,
        time,
        subject,
        datacontenttype,
        actorid,
        actortype,
        actorname,
        correlationid,
        data,
        null);
  }

  @JsonIgnore
  public Actor actor() {
    return new Actor(actorid, actortype, actorname);
  }
}
