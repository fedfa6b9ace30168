package jp.azukari.member.profile;

import static jp.azukari.member.profile.MemberApi.ACCOUNT_AS_TYPED;
import static jp.azukari.member.profile.MemberApi.HANAKO_AS_TYPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.member.profile.MemberApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Every change of a member reaches {@code member.events} with the member as actor. */
@ServiceTest
class ProfileEventsTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  MemberApi api;
  EventsProbe events;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new MemberApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    hanako = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  List<EventEnvelope> awaitEvents(String type, int count) {
    return events
        .awaitRecords(
            r -> hanako.id().equals(r.key()) && r.value().contains("\"" + type + "\""), count, WAIT)
        .stream()
        .map(r -> envelopes.fromJson(r.value()))
        .toList();
  }

  @Test
  void theFirstVisitAnnouncesAProvisionalMemberWithTheMemberAsActor() {
    api.ownRecord(hanako.token());
    api.ownRecord(hanako.token());

    var created = awaitEvents("member.MemberCreated", 1);

    assertThat(created).hasSize(1);
    EventEnvelope event = created.getFirst();
    assertThat(event.subject()).isEqualTo(hanako.id());
    assertThat(event.actorid()).isEqualTo(hanako.id());
    assertThat(event.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(event.data())
        .containsEntry("memberId", hanako.id())
        .containsEntry("status", "PROVISIONAL");
  }

  @Test
  void aProfileEditAnnouncesOnlyTheChangedFieldsWithBeforeAndAfter() {
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);
    api.changeProfile(hanako.token(), 1, HANAKO_AS_TYPED.replace("０９０", "０８０"));

    var changed = awaitEvents("member.ProfileChanged", 2);

    EventEnvelope second = changed.get(1);
    assertThat(second.actorid()).isEqualTo(hanako.id());
    assertThat(second.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(second.actorname()).isEqualTo("山田 花子");
    assertThat(second.data().get("changes"))
        .isEqualTo(
            List.of(Map.of("field", "phone", "before", "09012345678", "after", "08012345678")));
    assertThat(changed.getFirst().data().get("changes").toString())
        .contains("familyNameKana", "ヤマダ", "birthDate", "1990-04-01");
  }

  @Test
  void aPayoutAccountChangeIsAnnouncedWithTheAccountNumberMasked() {
    api.changePayoutAccount(hanako.token(), 0, ACCOUNT_AS_TYPED);
    api.changePayoutAccount(hanako.token(), 1, ACCOUNT_AS_TYPED.replace("７６５４３２１", "3141592"));

    var records =
        events.awaitRecords(
            r -> hanako.id().equals(r.key()) && r.value().contains("PayoutAccountChanged"),
            2,
            WAIT);

    assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("7654321", "3141592"));
    var second = envelopes.fromJson(records.get(1).value());
    assertThat(second.actorid()).isEqualTo(hanako.id());
    assertThat(second.data().get("changes"))
        .isEqualTo(
            List.of(Map.of("field", "accountNumber", "before", "****321", "after", "****592")));
  }

  @Test
  void aRefusedEditAnnouncesNothing() {
    api.changeProfile(hanako.token(), 0, "{\"phone\":\"12345\"}");
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);

    var changed = awaitEvents("member.ProfileChanged", 1);

    assertThat(changed).hasSize(1);
    assertThat(changed.getFirst().data().get("changes").toString()).contains("09012345678");
  }
}
