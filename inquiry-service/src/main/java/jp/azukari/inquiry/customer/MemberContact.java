package jp.azukari.inquiry.customer;

/**
 * A member as the inbox shows and links them.
 *
 * @param memberId the member's id (token subject)
 * @param name family name first, may be {@code null}
 * @param email lower case, may be {@code null}
 * @param phone digits only, may be {@code null}
 * @param language {@code ja} or {@code en}, may be {@code null}
 */
public record MemberContact(
    String memberId, String name, String email, String phone, String language) {}
