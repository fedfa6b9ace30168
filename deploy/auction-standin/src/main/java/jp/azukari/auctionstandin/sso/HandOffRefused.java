package jp.azukari.auctionstandin.sso;

/** A hand-off token that identifies nobody, and why, in words a member can follow. */
class HandOffRefused extends Exception {

  enum Reason {
    MISSING("No sign-in token was given. Open the auction from the Azukari member site."),
    MALFORMED(
        "The sign-in token is not readable. Open the auction again from the Azukari member site."),
    UNKNOWN_KEY("The sign-in token was signed with a key that Azukari does not publish."),
    BAD_SIGNATURE(
        "The sign-in token's signature does not match: the link was changed, or it did not come"
            + " from Azukari."),
    WRONG_ISSUER("The sign-in token was not issued by Azukari."),
    WRONG_AUDIENCE("The sign-in token is meant for another site, not for the auction."),
    INCOMPLETE("The sign-in token lacks the member's id or its own id and times."),
    NOT_YET_VALID("The sign-in token is not valid yet. Check the clocks and try again."),
    EXPIRED(
        "The sign-in token has expired (it works for one minute). Open the auction again from the"
            + " Azukari member site."),
    REPLAYED(
        "The sign-in token was used already; each link works once. Open the auction again from the"
            + " Azukari member site."),
    KEYS_UNAVAILABLE(
        "Azukari's signing keys cannot be fetched right now, so nobody can be signed in. Try again"
            + " in a moment.");

    final String message;

    Reason(String message) {
      this.message = message;
    }
  }

  private final Reason reason;

  HandOffRefused(Reason reason) {
    super(reason.message);
    this.reason = reason;
  }

  HandOffRefused(Reason reason, Throwable cause) {
    super(reason.message, cause);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
