package jp.azukari.inquiry.timeline;

import java.util.Set;

/**
 * The inquiries the inbox holds with a customer's mail address or phone number. Events name a
 * guest's address only once the shop mailed them and never their phone, so for guests the timeline
 * asks the inbox (same service) which inquiries are theirs.
 */
public interface InquiryContacts {

  /** The ids of the inquiries whose customer wrote from {@code email} (lower case). */
  Set<String> withEmail(String email);

  /** The ids of the inquiries whose customer has the phone number {@code digits}. */
  Set<String> withPhone(String digits);
}
