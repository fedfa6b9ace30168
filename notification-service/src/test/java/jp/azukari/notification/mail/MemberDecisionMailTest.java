package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.ChangeRequestRejected;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.notification.recipient.MailRecipients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff decisions about a member are mailed to the member, once per event. */
class MemberDecisionMailTest extends MailServiceTest {

  @Autowired MailRecipients recipients;

  String member(String email) {
    String memberId = "member-" + UUID.randomUUID();
    publish(Topics.MEMBER, new MemberCreated(memberId, email, "ACTIVE", "WEB", true));
    await().atMost(WAIT).until(() -> recipients.find(memberId).isPresent());
    return memberId;
  }

  @Test
  void aRejectedVerificationIsMailedOnceWithTheReason() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    var envelope =
        envelopes.wrap(new VerificationDecided(memberId, "REJECTED", "写真が<不鮮明>です", List.of()));
    String json = envelopes.toJson(envelope);

    send(Topics.MEMBER, memberId, json);
    send(Topics.MEMBER, memberId, json);

    var mail = awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(mail.getSubject()).isEqualTo("【Azukari】本人確認の結果：確認できませんでした");
    assertThat(text(mail)).contains("理由：写真が<不鮮明>です").contains("/documents");
    assertThat(html(mail)).contains("写真が&lt;不鮮明&gt;です");
    var delivery = delivery(envelope.id());
    assertThat(delivery.kind()).isEqualTo("verification-result");
    assertThat(delivery.memberId()).isEqualTo(memberId);
  }

  @Test
  void changeRequestDecisionsAreMailed() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);

    String approved =
        publish(
            Topics.MEMBER,
            new ChangeRequestApproved("cr-1", memberId, "PAYOUT_ACCOUNT", List.of(), true));
    String rejected =
        publish(Topics.MEMBER, new ChangeRequestRejected("cr-2", memberId, "PROFILE", "書類と一致しません"));

    await().atMost(WAIT).until(() -> mailsTo(email).size() == 2);
    var subjects = mailsTo(email).stream().map(MemberDecisionMailTest::subject).toList();
    assertThat(subjects)
        .containsExactlyInAnyOrder("【Azukari】振込先の変更を承認しました", "【Azukari】登録情報の変更を承認できませんでした");
    assertThat(delivery(approved).relatedId()).isEqualTo("cr-1");
    assertThat(delivery(rejected).relatedType()).isEqualTo("change-request");
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
