package jp.azukari.workflow.requests;

/** Who started a request: the member on the web, or staff for a phone or walk-in application. */
public enum Channel {
  WEB,
  PHONE,
  WALK_IN
}
