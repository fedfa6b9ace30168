package jp.azukari.contracts.inquiry;

/** Where an inquiry stands. "X is replying" is a lock, not a state. */
public enum InquiryState {
  NEW,
  IN_PROGRESS,
  /** Answered; waiting for the customer. A customer message moves it back to IN_PROGRESS. */
  PENDING_CUSTOMER,
  DONE
}
