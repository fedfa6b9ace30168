package jp.azukari.member.verification;

/** 本人確認書類: the identity documents the shop accepts. */
public enum DocumentKind {
  /** 運転免許証 */
  DRIVING_LICENCE,
  /** マイナンバーカード (the front only is needed; the back holds the number) */
  MY_NUMBER_CARD,
  /** パスポート */
  PASSPORT,
  /** 在留カード */
  RESIDENCE_CARD,
  /** 健康保険証 */
  HEALTH_INSURANCE_CARD,
  /** その他 */
  OTHER
}
