package jp.azukari.inquiry.customer;

/**
 * The inbox learnt a member's address or phone number (a Spring application event, raised after the
 * read model was written), so inquiries that came from it earlier can be linked to them.
 *
 * @param memberId the member
 */
public record MemberContactLearned(String memberId) {}
