package jp.azukari.notification.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.notification.NotificationServiceTest;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Segments select members by the attributes the service keeps from the member-service's events (and
 * the members' own activity and newsletter choice); the counts below are counted by hand from the
 * five members set up, all in a prefecture of their own so that other tests' members do not count.
 */
class SegmentCountTest extends NotificationServiceTest {

  @Autowired MailRecipients recipients;

  String prefecture;

  @BeforeEach
  void fiveMembers() {
    prefecture = uniquePrefecture();
    // 1: active, verified, active yesterday, receives newsletters.
    String first = member(uniqueEmail(), "ACTIVE", prefecture);
    publish(Topics.MEMBER, new VerificationDecided(first, "VERIFIED", null, List.of()));
    publishByMember(
        Topics.WORKFLOW,
        new RequestCreated("request-" + first, "R-1", first, "KIT", "NEW", "WEB", null),
        first,
        Instant.now().minus(Duration.ofDays(1)));
    // 2: active, never submitted documents, active 40 days ago.
    String second = member(uniqueEmail(), "ACTIVE", prefecture);
    publishByMember(
        Topics.MEMBER,
        new ProfileChanged(second, List.of(new FieldChange("nickname", null, "x"))),
        second,
        Instant.now().minus(Duration.ofDays(40)));
    // 3: frozen by staff, verified, opted out of newsletters.
    String third = member(uniqueEmail(), "ACTIVE", prefecture);
    publish(Topics.MEMBER, new AccountStatusChanged(third, "ACTIVE", "FROZEN", "overdue"));
    publish(Topics.MEMBER, new VerificationDecided(third, "VERIFIED", null, List.of()));
    recipients.newsletter(third, false);
    // 4: erased: in no segment at all.
    String fourth = member(uniqueEmail(), "ACTIVE", prefecture);
    publish(Topics.MEMBER, new PersonalDataErased(fourth, List.of("email"), "asked", 0, 0, 0, 0));
    // 5: active, documents pending, opted out.
    String fifth = member(uniqueEmail(), "ACTIVE", prefecture);
    publish(
        Topics.MEMBER,
        new VerificationSubmitted(
            fifth, List.of(new FieldChange("verification.state", "NOT_SUBMITTED", "PENDING"))));
    recipients.newsletter(fifth, false);

    awaitRecipient(first, "verification", "VERIFIED");
    awaitRecipient(third, "accountStatus", "FROZEN");
    awaitRecipient(third, "verification", "VERIFIED");
    awaitRecipient(fifth, "verification", "PENDING");
    await().atMost(WAIT).until(() -> count(Map.of()) == 4);
    await().atMost(WAIT).until(() -> count(Map.of("lastActiveWithinDays", 60)) == 2);
  }

  long count(Map<String, Object> conditions) {
    var segment = new java.util.HashMap<String, Object>(conditions);
    segment.put("prefectures", List.of(prefecture));
    var response =
        http.postJson(
            "/api/notifications/segments/count",
            toJson(Map.of("segment", segment)),
            TestIssuer.staff());
    assertStatus(response, 200);
    return json(response).get("count").asLong();
  }

  @Test
  void countsTheMembersOfASegmentByEveryCondition() {
    assertThat(count(Map.of())).as("all but the erased").isEqualTo(4);
    assertThat(count(Map.of("accountStatus", List.of("ACTIVE")))).isEqualTo(3);
    assertThat(count(Map.of("accountStatus", List.of("FROZEN", "PENALIZED")))).isEqualTo(1);
    assertThat(count(Map.of("verification", List.of("VERIFIED")))).isEqualTo(2);
    assertThat(count(Map.of("verification", List.of("NOT_SUBMITTED", "PENDING")))).isEqualTo(2);
    assertThat(count(Map.of("optedInOnly", true))).isEqualTo(2);
    assertThat(count(Map.of("lastActiveWithinDays", 7))).isEqualTo(1);
    assertThat(count(Map.of("lastActiveWithinDays", 60))).isEqualTo(2);
    assertThat(
            count(
                Map.of(
                    "accountStatus", List.of("ACTIVE"),
                    "verification", List.of("VERIFIED", "PENDING"),
                    "optedInOnly", true)))
        .isEqualTo(1);
  }

  @Test
  void onlyStaffCountSegmentsAndBadConditionsAreRefused() {
    var body = toJson(Map.of("segment", Map.of("prefectures", List.of(prefecture))));
    assertStatus(
        http.postJson("/api/notifications/segments/count", body, TestIssuer.member("m-1")), 403);
    assertStatus(
        http.postJson(
            "/api/notifications/segments/count",
            toJson(Map.of("segment", Map.of("lastActiveWithinDays", 0))),
            TestIssuer.staff()),
        400);
  }
}
