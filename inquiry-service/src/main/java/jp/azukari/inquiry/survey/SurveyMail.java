package jp.azukari.inquiry.survey;

import java.util.UUID;

/** The survey mail in the customer's language. */
record SurveyMail(
    String toAddress,
    String toName,
    String language,
    String subject,
    String text,
    String messageId,
    String link) {

  static SurveyMail of(
      String toAddress,
      String toName,
      String language,
      String number,
      String shopName,
      String link,
      String mailDomain) {
    boolean english = "en".equals(language);
    String subject =
        english
            ? "[" + shopName + "] A question about your inquiry " + nullToEmpty(number)
            : "【" + shopName + "】お問い合わせ " + nullToEmpty(number) + " についてのアンケート";
    String greeting =
        english
            ? "Dear " + (toName == null ? "customer" : toName) + ","
            : (toName == null ? "お客" : toName) + " 様";
    String text =
        english
            ? greeting
                + "\n\nThank you for contacting "
                + shopName
                + ".\nHow satisfied were you with our answer? One question, under a minute:\n"
                + link
                + "\n\n"
                + shopName
            : greeting
                + "\n\nこのたびは"
                + shopName
                + "へお問い合わせいただきありがとうございました。\n"
                + "対応についてのご感想を1問だけお聞かせください（1分ほどで終わります）。\n"
                + link
                + "\n\n"
                + shopName;
    return new SurveyMail(
        toAddress,
        toName,
        english ? "en" : "ja",
        subject.strip(),
        text,
        "<survey-" + UUID.randomUUID() + "@" + mailDomain + ">",
        link);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
