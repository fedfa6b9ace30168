package jp.azukari.member.privacy;

/** {@code README.txt} of a privacy export, in Japanese and English. */
final class Readme {

  static final String TEXT =
      """
      Azukari 会員データ一式 / Azukari member data export
      =====================================================

      このZIPには、当店が会員について保有しているデータが入っています。

      member.json           会員情報（氏名、フリガナ、生年月日、電話番号、住所、職業、振込先口座、
                            会員ステータス、本人確認の状態、登録日時・更新日時）。
                            口座番号は、ご本人がダウンロードした場合は全桁、スタッフが出力した
                            場合は下3桁のみです。
      documents.json        本人確認書類の一覧（種類、表裏、形式、サイズ、SHA-256、審査状態、日時）。
      documents/            本人確認書類の画像・PDF（保存されているもののみ）。
                            ファイル名は「書類の種類-表裏.拡張子」です。
      change-requests.json  登録情報の変更依頼（項目ごとの変更前・変更後、状態、日時）。
      registrations.json    メールアドレスによる登録の記録（確認リンクそのものは含みません）。
      imports.json          既存顧客の一括取込で会員に関係した行（結果と理由）。

      日時はすべてUTC（ISO 8601形式）です。古物営業法により、取引の記録は3年間保存されます。
      個人情報の削除をご希望の場合は、店舗までお問い合わせください。

      This ZIP holds the data the shop keeps about the member.

      member.json           The member's record: name, name in kana, birth date, phone, address,
                            occupation, payout bank account, account status, identity
                            verification, when the record was created and last changed. The
                            account number is complete when the member downloads it themselves
                            and shows only its last three digits when staff export it.
      documents.json        The identity documents: kind, side, type, size, SHA-256, review state
                            and times.
      documents/            The identity document photos and PDFs that are still stored, named
                            <kind>-<side>.<extension>.
      change-requests.json  Requests to change verified data: each field before and after, the
                            state and times.
      registrations.json    Sign-up by email address (never the confirmation link itself).
      imports.json          Rows of bulk imports of existing customers that concerned the member,
                            with their outcome and reasons.

      All times are UTC (ISO 8601). Under the Antique Dealings Act the shop keeps transaction
      records for 3 years. To have your personal data erased, please contact the shop.
      """;

  private Readme() {}
}
