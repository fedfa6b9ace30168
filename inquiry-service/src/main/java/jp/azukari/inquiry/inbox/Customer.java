package jp.azukari.inquiry.inbox;

/**
 * Who the inquiry is with, as far as known.
 *
 * @param memberId the linked member, {@code null} for an unknown customer
 * @param name the name as given or known, may be {@code null}
 * @param email the mail address (lower case), may be {@code null}
 * @param phone the phone number (digits only), may be {@code null}
 * @param language {@code ja} or {@code en}
 */
public record Customer(String memberId, String name, String email, String phone, String language) {

  public Customer withMember(String memberId) {
    return new Customer(memberId, name, email, phone, language);
  }

  /** Fills what this customer lacks from what a member record knows. */
  public Customer completedBy(String name, String email, String phone, String language) {
    return new Customer(
        memberId,
        this.name != null ? this.name : name,
        this.email != null ? this.email : email,
        this.phone != null ? this.phone : phone,
        language != null && this.language == null ? language : this.language);
  }
}
