package jp.azukari.inquiry.timeline;

/**
 * The customer of an inquiry as far as events show: the linked member's name and address, else the
 * name and address the shop's replies went to.
 *
 * @param memberId the linked member, {@code null} for a guest
 * @param name how to address them, {@code null} when unknown
 * @param email where mails go, {@code null} when unknown
 * @param language {@code ja} or {@code en}, {@code ja} unless a reply went out in English
 */
public record InquiryCustomer(
    String inquiryId,
    String number,
    String subject,
    String memberId,
    String name,
    String email,
    String language) {}
