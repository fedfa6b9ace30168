/**
 * 個人情報: what the shop holds about one member, handed out in one ZIP (the member's own, or for staff
 * with the account number masked), and its erasure, which anonymises the member's personal data and
 * keeps what the law requires (the verification record and the identity documents' metadata; the
 * transaction ledger lives in item-service with its own copy).
 */
package jp.azukari.member.privacy;
