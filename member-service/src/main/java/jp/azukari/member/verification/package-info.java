/**
 * 本人確認: identity documents that members upload from their phones, and the verification of the
 * member that a {@code kyc-verifier} decides by comparing them with the profile and the payout
 * account holder.
 */
package jp.azukari.member.verification;
