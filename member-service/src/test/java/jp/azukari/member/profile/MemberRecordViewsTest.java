package jp.azukari.member.profile;

import static jp.azukari.member.profile.MemberApi.HANAKO_AS_TYPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.profile.MemberApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Staff opening a member's record is announced to the audit log with them as actor and the client
 * address the gateway relayed; listing members or being refused announces nothing.
 */
@ServiceTest
class MemberRecordViewsTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String VIEWED = "\"member.MemberRecordViewed\"";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  TestHttp http;
  MemberApi api;
  EventsProbe events;
  Someone hanako;
  Someone taro;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    api = new MemberApi(http);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    hanako = Someone.newMember();
    taro = Someone.newMember();
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);
    api.changeProfile(taro.token(), 0, HANAKO_AS_TYPED.replace("花子", "太郎"));
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @Test
  void staffOpeningAMemberRecordIsAnnouncedWithWhoAndFromWhere() {
    var response =
        http.send(
            "GET",
            "/api/members/" + hanako.id(),
            TestIssuer.staff(),
            null,
            Map.of("X-Forwarded-For", "203.0.113.5"));
    assertThat(response.statusCode()).isEqualTo(200);

    var viewed =
        events.awaitRecords(
            r -> hanako.id().equals(r.key()) && r.value().contains(VIEWED), 1, WAIT);
    var event = envelopes.fromJson(viewed.getFirst().value());
    assertThat(event.type()).isEqualTo("member.MemberRecordViewed");
    assertThat(event.subject()).isEqualTo(hanako.id());
    assertThat(event.actorid()).isEqualTo("staff-1");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.actorname()).isEqualTo("佐藤 一郎");
    assertThat(event.clientaddress()).isEqualTo("203.0.113.5");
    assertThat(event.data()).containsEntry("memberId", hanako.id());
  }

  @Test
  void listingMembersAndRefusedOpeningsAnnounceNoView() {
    assertThat(http.get("/api/members?q=" + "太郎", TestIssuer.staff()).statusCode()).isEqualTo(200);
    assertThat(api.member(taro.id(), taro.token()).statusCode()).isEqualTo(403);
    assertThat(api.member("member-nobody", TestIssuer.staff()).statusCode()).isEqualTo(404);
    // A view announced afterwards shows the announcements have been relayed by then.
    assertThat(api.member(hanako.id(), TestIssuer.staff()).statusCode()).isEqualTo(200);
    events.awaitRecords(r -> hanako.id().equals(r.key()) && r.value().contains(VIEWED), 1, WAIT);

    assertThat(
            events.drain(
                r ->
                    (taro.id().equals(r.key()) || "member-nobody".equals(r.key()))
                        && r.value().contains(VIEWED),
                Duration.ofSeconds(2)))
        .isEmpty();
  }
}
