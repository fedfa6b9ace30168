package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who did it is taken from the verified token, never from the request: staff and members are named
 * in the envelope, an anonymous request on a public path is the service itself.
 */
@ServiceTest
class EventActorTest {

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired EventEnvelopes envelopes;

  ParcelApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = ParcelApi.on(port);
    events = new EventsProbe(Infrastructure.bootstrapServers(kafka), OutboxRelayTest.TOPIC);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  EventEnvelope awaitFirstEventOf(String parcelId) {
    var records = events.awaitRecords(r -> parcelId.equals(r.key()), 1, Duration.ofSeconds(30));
    return envelopes.fromJson(records.getFirst().value());
  }

  @Test
  void namesTheStaffMemberOfTheToken() {
    String token = TestIssuer.user("staff-7", "鈴木 七海", "staff").encode();

    String parcelId = api.receive("actor-staff", 0, token, null);

    var event = awaitFirstEventOf(parcelId);
    assertThat(event.actorid()).isEqualTo("staff-7");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.actorname()).isEqualTo("鈴木 七海");
  }

  @Test
  void namesTheMemberOfTheToken() {
    String parcelId = api.receive("actor-member", 0, TestIssuer.member("member-9"), null);

    var event = awaitFirstEventOf(parcelId);
    assertThat(event.actorid()).isEqualTo("member-9");
    assertThat(event.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(event.actorname()).isEqualTo("山田 花子");
  }

  @Test
  void ignoresActorFieldsInTheRequestBody() {
    String body =
        "{\"label\":\"forged\",\"scans\":0,\"actorid\":\"admin-1\",\"actortype\":\"staff\"}";

    var response = api.post("/api/parcels", body, TestIssuer.member("member-3"), null);

    assertThat(response.statusCode()).isEqualTo(201);
    String parcelId = response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    var event = awaitFirstEventOf(parcelId);
    assertThat(event.actorid()).isEqualTo("member-3");
    assertThat(event.actortype()).isEqualTo(ActorType.MEMBER);
  }

  @Test
  void namesTheServiceItselfForAnAnonymousRequestOnAPublicPath() {
    String parcelId = api.dropOff("actor-anonymous");

    var event = awaitFirstEventOf(parcelId);
    assertThat(event.actortype()).isEqualTo(ActorType.SYSTEM);
    assertThat(event.actorid()).isEqualTo("parcel-service");
    assertThat(event.actorname()).isEqualTo("parcel-service");
  }

  @Test
  void refusesAnAnonymousWriteOutsideThePublicPaths() {
    var response = api.post("/api/parcels", "{\"label\":\"anonymous\",\"scans\":0}", null, null);

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
