package jp.azukari.member.profile;

/** What a member may do. Only PROVISIONAL is given so far; the others come with their features. */
public enum AccountStatus {
  /** 仮会員: email address not yet confirmed, profile incomplete or not verified. */
  PROVISIONAL,
  /** 本会員: confirmed, complete and verified. */
  ACTIVE,
  /** ペナルティ: restricted after a breach of the shop's rules. */
  PENALIZED,
  /** 凍結: temporarily blocked by staff. */
  FROZEN,
  /** ブラックリスト: may not deal with the shop, nor sign up again with the same email or phone. */
  BLACKLISTED,
  /** 退会: left the shop; personal data kept only as long as the law requires. */
  WITHDRAWN
}
