package jp.azukari.notification.recipient;

/**
 * The stored names of the attributes that segments select members by, kept on the recipient read
 * model ({@code mail_recipients}, one document per member id) next to the address: the account
 * status, prefecture and verification state from {@code member.events}, the last time the member
 * did something themselves (any event whose actor is the member, on the member, workflow and
 * inquiry topics), and the newsletter choice (from the member's preferences; absent = opted in).
 */
public final class MemberAttributes {

  /** The collection of the read model. */
  public static final String COLLECTION = "mail_recipients";

  public static final String ID = "_id";
  public static final String EMAIL = "email";
  public static final String ACCOUNT_STATUS = "accountStatus";
  public static final String PREFECTURE = "prefecture";
  public static final String VERIFICATION = "verification";
  public static final String LAST_ACTIVE_AT = "lastActiveAt";
  public static final String NEWSLETTER = "newsletter";
  public static final String MERGED_INTO = "mergedInto";
  public static final String ERASED_AT = "erasedAt";

  /** The verification state of a member who never submitted documents. */
  public static final String NOT_SUBMITTED = "NOT_SUBMITTED";

  private MemberAttributes() {}
}
