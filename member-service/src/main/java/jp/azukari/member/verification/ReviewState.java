package jp.azukari.member.verification;

/** Where one identity document stands in review. */
public enum ReviewState {
  /** Waiting for a verifier; the member may still delete it. */
  PENDING,
  /** Part of a verification a verifier accepted. */
  ACCEPTED,
  /** Part of a verification a verifier rejected. */
  REJECTED
}
