package jp.azukari.notification.template;

import java.util.List;
import java.util.Optional;

/**
 * Every kind of transactional mail and its placeholders. Templates are checked against these on
 * save: a name not listed here would render as nothing in every mail.
 */
public final class MailKinds {

  public static final String CONFIRMATION_LINK = "confirmation-link";
  public static final String REQUEST_STATUS = "request-status";
  public static final String VERIFICATION_RESULT = "verification-result";
  public static final String CHANGE_REQUEST_DECISION = "change-request-decision";
  public static final String INQUIRY_REPLY = "inquiry-reply";
  public static final String INQUIRY_ACKNOWLEDGEMENT = "inquiry-acknowledgement";
  public static final String INQUIRY_SURVEY = "inquiry-survey";

  private static final Placeholder NAME =
      Placeholder.of("name", "宛先のお名前（不明なら空）", "The recipient's name (empty when unknown)", "山田 花子");

  private static final Placeholder LINK =
      Placeholder.of(
          "link", "会員サイトへのリンク", "Link to the member web", "https://azukari.example/profile");

  private static List<Placeholder> inquiry(String link) {
    return List.of(
        NAME,
        Placeholder.of("subject", "件名", "The subject", "Re: 査定について"),
        Placeholder.of(
            "text",
            "本文（スタッフが書いた文章）",
            "The body as staff wrote it",
            "お問い合わせありがとうございます。\n査定結果は3営業日以内にお知らせします。"),
        Placeholder.of("link", "リンク（ない場合は空）", "A link (empty when none)", link));
  }

  private static final List<MailKind> ALL =
      List.of(
          new MailKind(
              CONFIRMATION_LINK,
              List.of(
                  NAME,
                  Placeholder.of("email", "メールアドレス", "The e-mail address", "hanako@example.com"),
                  Placeholder.of(
                      "link",
                      "確認リンク",
                      "The confirmation link",
                      "https://azukari.example/signup/confirm#token=sample"),
                  Placeholder.of(
                      "expiresAt", "リンクの有効期限", "When the link expires", "2026年12月1日 18:00"),
                  Placeholder.of("signUp", "会員登録のとき", "Flag: sign-up", true),
                  Placeholder.of(
                      "staffApplication",
                      "電話・店頭での申し込みのとき",
                      "Flag: phone or counter application",
                      false),
                  Placeholder.of(
                      "importInvitation", "移行会員の招待のとき", "Flag: imported member invited", false),
                  Placeholder.of(
                      "alreadyRegistered",
                      "登録済みのアドレスのとき",
                      "Flag: address already registered",
                      false))),
          new MailKind(
              REQUEST_STATUS,
              List.of(
                  NAME,
                  Placeholder.of("number", "お申し込み番号", "The request number", "R-000123"),
                  Placeholder.of("statusLabel", "新しい状況", "The new status", "キットを発送しました"),
                  Placeholder.of(
                      "link",
                      "お申し込みのページ",
                      "The request's page",
                      "https://azukari.example/requests/sample"))),
          new MailKind(
              VERIFICATION_RESULT,
              List.of(
                  NAME,
                  Placeholder.of("verified", "確認できたとき", "Flag: verified", true),
                  Placeholder.of("rejected", "確認できなかったとき", "Flag: rejected", false),
                  Placeholder.of("reason", "確認できなかった理由", "Why it was rejected", "書類の文字が読み取れませんでした"),
                  LINK)),
          new MailKind(
              CHANGE_REQUEST_DECISION,
              List.of(
                  NAME,
                  Placeholder.of("approved", "承認されたとき", "Flag: approved", true),
                  Placeholder.of("rejected", "承認されなかったとき", "Flag: rejected", false),
                  Placeholder.of("profile", "登録情報の変更のとき", "Flag: a profile change", true),
                  Placeholder.of(
                      "payoutAccount", "振込先の変更のとき", "Flag: a payout account change", false),
                  Placeholder.of("reason", "承認されなかった理由", "Why it was rejected", "書類と内容が一致しませんでした"),
                  Placeholder.of(
                      "reverification",
                      "本人確認のやり直しが必要なとき",
                      "Flag: identity must be verified again",
                      false),
                  LINK)),
          new MailKind(INQUIRY_REPLY, inquiry("https://azukari.example/inquiries/sample")),
          new MailKind(INQUIRY_ACKNOWLEDGEMENT, inquiry("")),
          new MailKind(INQUIRY_SURVEY, inquiry("https://azukari.example/survey/sample")));

  private MailKinds() {}

  public static List<MailKind> all() {
    return ALL;
  }

  public static Optional<MailKind> find(String name) {
    return ALL.stream().filter(kind -> kind.name().equals(name)).findFirst();
  }
}
