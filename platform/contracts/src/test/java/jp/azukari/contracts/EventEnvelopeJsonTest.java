package jp.azukari.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope on the wire is a CloudEvents 1.0 event in structured JSON mode with the attribute
 * names of SYSTEM.md, so any consumer (and any CloudEvents tool) reads it without our code.
 */
class EventEnvelopeJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final EventEnvelope STAFF_CHANGE =
      new EventEnvelope(
          EventEnvelope.SPEC_VERSION,
          "5f0c1c3e-8c1a-4d7e-9b0e-2a4f3c1d9e01",
          "/member-service",
          "member.ProfileChanged",
          Instant.parse("2026-11-22T01:02:03.456Z"),
          "member-42",
          EventEnvelope.JSON,
          "staff-1",
          ActorType.STAFF,
          "佐藤 一郎",
          "corr-7",
          Map.of(
              "memberId",
              "member-42",
              "changes",
              List.of(Map.of("field", "address", "before", "東京都", "after", "大阪府"))));

  @Test
  void serialisesToStructuredCloudEventWithExactlyTheAttributesOfTheDesign() {
    JsonNode json = JSON.readTree(JSON.writeValueAsString(STAFF_CHANGE));

    assertThat(json.propertyNames())
        .containsExactlyInAnyOrder(
            "specversion",
            "id",
            "source",
            "type",
            "time",
            "subject",
            "datacontenttype",
            "actorid",
            "actortype",
            "actorname",
            "correlationid",
            "data");
    assertThat(json.get("specversion").asString()).isEqualTo("1.0");
    assertThat(json.get("id").asString()).isEqualTo("5f0c1c3e-8c1a-4d7e-9b0e-2a4f3c1d9e01");
    assertThat(json.get("source").asString()).isEqualTo("/member-service");
    assertThat(json.get("type").asString()).isEqualTo("member.ProfileChanged");
    assertThat(json.get("subject").asString()).isEqualTo("member-42");
    assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
    assertThat(json.get("actorid").asString()).isEqualTo("staff-1");
    assertThat(json.get("actorname").asString()).isEqualTo("佐藤 一郎");
    assertThat(json.get("correlationid").asString()).isEqualTo("corr-7");
    assertThat(json.get("data").get("changes").get(0).get("after").asString()).isEqualTo("大阪府");
  }

  @Test
  void writesTimeAsAnIso8601StringAndTheActorTypeInLowerCase() {
    JsonNode json = JSON.readTree(JSON.writeValueAsString(STAFF_CHANGE));

    assertThat(json.get("time").isString()).isTrue();
    assertThat(json.get("time").asString()).isEqualTo("2026-11-22T01:02:03.456Z");
    assertThat(json.get("actortype").asString()).isEqualTo("staff");
  }

  @Test
  void writesEveryActorTypeAsTheLowerCaseNameOfTheDesign() {
    for (ActorType type : ActorType.values()) {
      assertThat(JSON.writeValueAsString(type))
          .isEqualTo("\"" + type.name().toLowerCase(java.util.Locale.ROOT) + "\"");
    }
  }

  @Test
  void readsBackEqualToWhatWasWritten() {
    String written = JSON.writeValueAsString(STAFF_CHANGE);

    EventEnvelope read = JSON.readValue(written, EventEnvelope.class);

    assertThat(read).isEqualTo(STAFF_CHANGE);
    assertThat(read.actor()).isEqualTo(new Actor("staff-1", ActorType.STAFF, "佐藤 一郎"));
  }

  @Test
  void leavesOutAttributesThatAreNull() {
    var withoutOptionals =
        new EventEnvelope(
            EventEnvelope.SPEC_VERSION,
            "e-1",
            "/audit-service",
            "audit.Exported",
            Instant.parse("2026-11-22T01:00:00Z"),
            null,
            null,
            "audit-service",
            ActorType.SYSTEM,
            null,
            null,
            null);

    JsonNode json = JSON.readTree(JSON.writeValueAsString(withoutOptionals));

    assertThat(json.propertyNames())
        .containsExactlyInAnyOrder(
            "specversion", "id", "source", "type", "time", "actorid", "actortype");
    assertThat(json.get("actortype").asString()).isEqualTo("system");
    assertThat(JSON.readValue(json.toString(), EventEnvelope.class)).isEqualTo(withoutOptionals);
  }

  @Test
  void readsAnEnvelopeWrittenByHandWithTheDesignsAttributeNames() {
    String wire =
        """
        {"specversion":"1.0","id":"e-9","source":"/item-service","type":"item.Listed",
         "time":"2026-11-22T10:15:30+09:00","subject":"item-3","datacontenttype":"application/json",
         "actorid":"member-5","actortype":"member","actorname":"山田 花子",
         "correlationid":"c-1","data":{"itemId":"item-3","price":1200}}
        """;

    EventEnvelope read = JSON.readValue(wire, EventEnvelope.class);

    assertThat(read.time()).isEqualTo(Instant.parse("2026-11-22T01:15:30Z"));
    assertThat(read.actor()).isEqualTo(new Actor("member-5", ActorType.MEMBER, "山田 花子"));
    assertThat(read.data()).containsEntry("itemId", "item-3").containsEntry("price", 1200);
  }
}
