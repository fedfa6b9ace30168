package jp.azukari.inquiry.template;

import java.util.List;

/** The templates a new shop starts with; staff change them like any other. */
final class DefaultTemplates {

  private DefaultTemplates() {}

  static List<TemplateContent> all() {
    return List.of(
        new TemplateContent(
            "梱包キットのご案内",
            "キット",
            "梱包キットについて",
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            梱包キット（段ボール箱・緩衝材・着払い伝票）は、お申し込みから2〜3営業日で発送いたします。
            お申し込み番号：{{requestNumber}}（現在の状況：{{status}}）

            お届けまでしばらくお待ちください。1週間以上届かない場合はお知らせください。

            {{shopName}}""",
            List.of("キット", "梱包", "段ボール", "箱", "緩衝材", "伝票", "着払い", "届かない", "届きません")),
        new TemplateContent(
            "お支払い時期のご案内",
            "精算",
            "お支払い時期について",
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            売上金は、毎月末締めで翌月15日にご登録の口座へお振り込みいたします。
            お振り込み時期の詳細は会員ページの精算明細でもご確認いただけます。

            {{shopName}}""",
            List.of("入金", "振込", "振り込", "支払", "精算", "売上金", "代金", "明細", "いつ")),
        new TemplateContent(
            "お品物の状況のご案内",
            "商品",
            "お品物の状況について",
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            お申し込み {{requestNumber}} のお品物（{{itemNames}}）は、現在「{{status}}」です。
            状況が変わりましたら、メールと会員ページでお知らせいたします。

            {{shopName}}""",
            List.of("査定", "状況", "進捗", "進ん", "出品", "品物", "商品", "どうなって", "届いた", "到着", "売れ")),
        new TemplateContent(
            "ご登録住所の変更",
            "登録情報",
            "ご登録情報の変更について",
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            ご住所・お電話番号・お振込先口座の変更は、会員ページの「登録情報」から申請いただけます。
            本人確認のうえ、変更を反映いたします。

            {{shopName}}""",
            List.of("住所", "引っ越", "引越", "転居", "変更", "登録情報", "電話番号", "口座", "変わ")),
        new TemplateContent(
            "キャンセル・返却のご案内",
            "キャンセル",
            "キャンセル・返却について",
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            お申し込み {{requestNumber}} のキャンセルを承りました。
            お預かりしているお品物（{{itemNames}}）は、返送料を差し引いてご登録のご住所へお返しいたします。
            出品済みのお品物は、出品を取り下げてからのご返却となります。

            {{shopName}}""",
            List.of("キャンセル", "取り消", "取消", "返却", "返送", "返して", "返品", "やめ", "中止")),
        new TemplateContent(
            "お問い合わせのお礼",
            "一般",
            null,
            """
            {{customerName}} 様

            {{shopName}}へお問い合わせいただきありがとうございます。
            担当者より改めてご連絡いたしますので、今しばらくお待ちください。

            {{shopName}}""",
            List.of("質問", "教えて", "問い合わせ")));
  }
}
