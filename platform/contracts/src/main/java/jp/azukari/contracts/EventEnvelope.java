package jp.azukari.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One envelope for every event: CloudEvents 1.0 attributes in structured JSON mode, plus the
 * extensions {@code actorid}, {@code actortype}, {@code actorname} and {@code correlationid}.
 *
 * <p>{@code subject} is the aggregate id; it is also the Kafka record key, so one aggregate's
 * events stay in order.
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
    Map<String, Object> data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  /** Media type of a structured-mode CloudEvent, used as the Kafka {@code content-type} header. */
  public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

  @JsonIgnore
  public Actor actor() {
    return new Actor(actorid, actortype, actorname);
  }
}
