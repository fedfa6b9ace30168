package jp.azukari.member.verification;

import static jp.azukari.member.verification.DocumentsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.verification.DocumentsApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.Samples;
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
 * A member reaches only their own documents, whatever id they send; staff reach any member's, and
 * every look of theirs is announced with them as actor.
 */
@ServiceTest
class DocumentIsolationTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  DocumentsApi api;
  EventsProbe events;
  Someone hanako;
  Someone taro;
  String tarosDocument;

  @BeforeEach
  void setUp() {
    api = new DocumentsApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    hanako = Someone.newMember();
    taro = Someone.newMember();
    api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.PNG);
    tarosDocument =
        json(api.upload(taro.token(), "DRIVING_LICENCE", "FRONT", Samples.JPEG))
            .get("id")
            .asString();
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @Test
  void aMemberListsOnlyTheirOwnDocuments() {
    var list = json(api.ownDocuments(hanako.token()));

    assertThat(list.size()).isOne();
    assertThat(list.get(0).get("kind").asString()).isEqualTo("PASSPORT");
    assertThat(api.ownDocuments(hanako.token()).body()).doesNotContain(tarosDocument);
  }

  @Test
  void anotherMembersDocumentIdIsAnsweredLikeOneThatDoesNotExist() {
    var byId = api.ownContent(hanako.token(), tarosDocument);
    var unknown = api.ownContent(hanako.token(), "no-such-document");

    assertThat(byId.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(new String(byId.body())).doesNotContain("JFIF");
  }

  @Test
  void aMemberCannotDeleteAnotherMembersDocument() {
    assertThat(api.delete(hanako.token(), tarosDocument).statusCode()).isEqualTo(404);

    assertThat(api.ownContent(taro.token(), tarosDocument).statusCode()).isEqualTo(200);
  }

  @Test
  void aMemberCannotUseTheStaffEndpointsWhateverIdTheySend() {
    for (String memberId : new String[] {taro.id(), hanako.id()}) {
      assertThat(api.documentsOf(memberId, hanako.token()).statusCode()).isEqualTo(403);
      assertThat(api.contentOf(memberId, tarosDocument, hanako.token()).statusCode())
          .isEqualTo(403);
    }
    assertThat(api.queue("", hanako.token()).statusCode()).isEqualTo(403);
    assertThat(api.review(taro.id(), hanako.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void idsInTheQueryOrHeadersDoNotChangeWhoseDocumentsAMemberGets() {
    var byQuery = api.http().get("/api/members/me/documents?memberId=" + taro.id(), hanako.token());
    var byHeader =
        api.http()
            .send(
                "GET",
                "/api/members/me/documents",
                hanako.token(),
                null,
                Map.of("X-Member-Id", taro.id()));

    assertThat(byQuery.body()).doesNotContain(tarosDocument).contains("PASSPORT");
    assertThat(byHeader.body()).doesNotContain(tarosDocument).contains("PASSPORT");
  }

  @Test
  void staffSeeAnyMembersDocumentsAndEveryLookIsAnnouncedWithThemAsActor() {
    var list = api.documentsOf(taro.id(), TestIssuer.staff());
    var content = api.contentOf(taro.id(), tarosDocument, TestIssuer.staff());

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(tarosDocument);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(Samples.JPEG);
    assertThat(content.headers().firstValue("Cache-Control")).hasValue("private, no-store");

    var viewed =
        events.awaitRecords(
            r ->
                taro.id().equals(r.key())
                    && r.value().contains("\"member.IdentityDocumentViewed\""),
            1,
            WAIT);
    var event = envelopes.fromJson(viewed.getFirst().value());
    assertThat(event.actorid()).isEqualTo("staff-1");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.actorname()).isEqualTo("佐藤 一郎");
    assertThat(event.data())
        .containsEntry("memberId", taro.id())
        .containsEntry("documentId", tarosDocument)
        .containsEntry("kind", "DRIVING_LICENCE");
  }

  @Test
  void staffGet404ForADocumentOfAnotherMember() {
    var wrongMember = api.contentOf(hanako.id(), tarosDocument, TestIssuer.staff());

    assertThat(wrongMember.statusCode()).isEqualTo(404);
  }

  @Test
  void uploadAndDeletionEventsCarryMetadataButNeverTheContent() {
    String id = json(api.upload(hanako.token(), "OTHER", "BACK", Samples.PDF)).get("id").asString();
    api.delete(hanako.token(), id);

    var records =
        events.awaitRecords(
            r ->
                hanako.id().equals(r.key())
                    && (r.value().contains("IdentityDocumentUploaded")
                        || r.value().contains("IdentityDocumentDeleted")),
            3,
            WAIT);

    assertThat(records)
        .allSatisfy(
            r -> assertThat(r.value()).doesNotContain("%PDF", "endobj", "JFIF", "png-body"));
    var deleted =
        records.stream()
            .map(r -> envelopes.fromJson(r.value()))
            .filter(e -> e.type().equals("member.IdentityDocumentDeleted"))
            .findFirst()
            .orElseThrow();
    assertThat(deleted.data()).containsEntry("documentId", id).containsEntry("side", "BACK");
    assertThat(deleted.actorid()).isEqualTo(hanako.id());
  }
}
