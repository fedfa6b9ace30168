package jp.azukari.item.member;

import static jp.azukari.item.ItemsApi.STAFF;
import static jp.azukari.item.ItemsApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.IdentityDocumentDeleted;
import jp.azukari.contracts.member.IdentityDocumentUploaded;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.item.ForeignEvents;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The member-service's events on {@code member.events} keep what the ledger and the item views need
 * of a member: name, address, occupation, birth date, and how the identity was verified.
 */
@ServiceTest
class MemberRecordsFromEventsTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String MEMBER_SERVICE = "/member-service";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired MemberRecords members;
  @Autowired RequestRecords requests;

  ForeignEvents memberService;
  ItemsApi api;
  Someone hanako;

  @BeforeEach
  void setUp() {
    memberService = new ForeignEvents(kafka.getBrokersAsString(), envelopes);
    api = new ItemsApi(TestHttp.on(port), requests, members);
    hanako = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    memberService.close();
  }

  EventEnvelope publish(DomainEvent event) {
    return memberService.publish(Topics.MEMBER, MEMBER_SERVICE, event);
  }

  MemberRecord awaitMember(String id, Predicate<MemberRecord> until) {
    await().atMost(WAIT).until(() -> members.findById(id).filter(until).isPresent());
    return members.findById(id).orElseThrow();
  }

  static FieldChange set(String field, Object after) {
    return new FieldChange(field, null, after);
  }

  static List<FieldChange> profile(String family, String given) {
    return List.of(
        set("familyName", family),
        set("givenName", given),
        set("familyNameKana", "ヤマダ"),
        set("givenNameKana", "ハナコ"),
        set("birthDate", "1990-04-01"),
        set("phone", "09012345678"),
        set("address.postalCode", "100-0001"),
        set("address.prefecture", "東京都"),
        set("address.city", "千代田区"),
        set("address.line1", "千代田1-1"),
        set("occupation", "会社員"));
  }

  @Test
  void aMembersProfileAndVerificationAreKeptForTheLedgerAndTheItemViews() {
    publish(new MemberCreated(hanako.id(), "hanako@example.com", "PROVISIONAL"));
    publish(new ProfileChanged(hanako.id(), profile("山田", "花子")));
    publish(
        new IdentityDocumentUploaded(
            hanako.id(), "doc-1", "DRIVING_LICENCE", "FRONT", "image/jpeg", 10, "aa"));
    publish(
        new IdentityDocumentUploaded(
            hanako.id(), "doc-2", "DRIVING_LICENCE", "BACK", "image/jpeg", 10, "bb"));
    publish(
        new IdentityDocumentUploaded(
            hanako.id(), "doc-3", "PASSPORT", "FRONT", "image/png", 10, "cc"));
    publish(new IdentityDocumentDeleted(hanako.id(), "doc-3", "PASSPORT", "FRONT"));
    publish(
        new VerificationSubmitted(
            hanako.id(),
            List.of(new FieldChange("verification.state", "NOT_SUBMITTED", "PENDING"))));
    var decision =
        publish(
            new VerificationDecided(
                hanako.id(),
                "VERIFIED",
                null,
                List.of(new FieldChange("verification.state", "PENDING", "VERIFIED"))));

    var member = awaitMember(hanako.id(), MemberRecord::verified);

    assertThat(member.displayName()).isEqualTo("山田 花子");
    assertThat(member.familyNameKana()).isEqualTo("ヤマダ");
    assertThat(member.birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
    assertThat(member.occupation()).isEqualTo("会社員");
    assertThat(member.address())
        .isEqualTo(new MemberRecord.Address("100-0001", "東京都", "千代田区", "千代田1-1", null));
    assertThat(member.verification().documentKinds()).containsExactly("DRIVING_LICENCE");
    assertThat(member.verification().decidedAt())
        .isEqualTo(decision.time().truncatedTo(ChronoUnit.MILLIS));
    assertThat(member.erasedAt()).isNull();
    var request = api.openRequest(hanako);
    String itemId =
        api.added(hanako.token(), request.id(), "{\"name\":\"バッグ\"}").get("id").asString();
    assertThat(json(api.item(STAFF, itemId)).get("memberName").asString()).isEqualTo("山田 花子");

    publish(
        new ProfileChanged(hanako.id(), List.of(new FieldChange("address.city", "千代田区", "港区"))));
    publish(new ChangeRequestApproved("change-1", hanako.id(), "PROFILE", List.of(), true));
    var reverifying = awaitMember(hanako.id(), m -> "PENDING".equals(m.verification().state()));
    assertThat(reverifying.address().city()).isEqualTo("港区");
    assertThat(reverifying.verification().decidedAt()).isNull();
  }

  @Test
  void anErasedMembersPersonalDataIsGoneButTheVerificationRecordStays() {
    publish(new MemberCreated(hanako.id(), "hanako@example.com", "PROVISIONAL"));
    publish(new ProfileChanged(hanako.id(), profile("山田", "花子")));
    publish(
        new IdentityDocumentUploaded(
            hanako.id(), "doc-1", "MY_NUMBER_CARD", "FRONT", "image/jpeg", 10, "aa"));
    publish(new VerificationDecided(hanako.id(), "VERIFIED", null, List.of()));
    awaitMember(hanako.id(), MemberRecord::verified);
    var request = api.openRequest(hanako);
    String itemId =
        api.added(hanako.token(), request.id(), "{\"name\":\"バッグ\"}").get("id").asString();

    var erasure =
        publish(
            new PersonalDataErased(
                hanako.id(),
                List.of("familyName", "givenName", "address.city"),
                "request",
                1,
                0,
                0,
                0));

    var erased = awaitMember(hanako.id(), m -> m.erasedAt() != null);
    assertThat(erased.erasedAt()).isEqualTo(erasure.time().truncatedTo(ChronoUnit.MILLIS));
    assertThat(erased.displayName()).isNull();
    assertThat(erased.familyNameKana()).isNull();
    assertThat(erased.birthDate()).isNull();
    assertThat(erased.occupation()).isNull();
    assertThat(erased.address().city()).isNull();
    assertThat(erased.address().postalCode()).isNull();
    assertThat(erased.verification().state()).isEqualTo("VERIFIED");
    assertThat(erased.verification().documentKinds()).containsExactly("MY_NUMBER_CARD");
    assertThat(json(api.item(STAFF, itemId)).get("memberName").isNull()).isTrue();
  }

  @Test
  void aMergeFillsTheSurvivorAndPointsTheDuplicateToIt() {
    String duplicateId = "member-" + UUID.randomUUID();
    publish(new MemberCreated(hanako.id(), "hanako@example.com", "ACTIVE"));
    publish(
        new ProfileChanged(hanako.id(), List.of(set("familyName", "山田"), set("givenName", "花子"))));
    publish(new MemberCreated(duplicateId, "old@example.com", "PROVISIONAL"));
    publish(
        new IdentityDocumentUploaded(
            duplicateId, "doc-9", "RESIDENCE_CARD", "FRONT", "image/jpeg", 10, "dd"));
    awaitMember(duplicateId, m -> !m.documents().isEmpty());
    awaitMember(hanako.id(), m -> m.displayName() != null);

    var merged =
        new MembersMerged(
            hanako.id(),
            hanako.id(),
            duplicateId,
            List.of(set("occupation", "自営業"), set("birthDate", "1985-12-24")),
            List.of("doc-9"),
            List.of());
    publish(merged);
    publish(
        new MembersMerged(
            duplicateId,
            hanako.id(),
            duplicateId,
            merged.fieldsTaken(),
            merged.documentIds(),
            List.of()));

    var survivor = awaitMember(hanako.id(), m -> m.occupation() != null);
    assertThat(survivor.birthDate()).isEqualTo(LocalDate.of(1985, 12, 24));
    assertThat(survivor.displayName()).isEqualTo("山田 花子");
    assertThat(survivor.verification().documentKinds()).containsExactly("RESIDENCE_CARD");
    assertThat(awaitMember(duplicateId, m -> m.mergedInto() != null).mergedInto())
        .isEqualTo(hanako.id());
  }
}
