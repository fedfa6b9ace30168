package jp.azukari.notification.recipient;

/**
 * Where and how to mail a member.
 *
 * @param memberId the member the mail is about
 * @param email the address to send to
 * @param name the name to greet, family name first, or {@code null}
 * @param language {@code ja} or {@code en} as the member last asked for, or {@code null} when not
 *     known
 */
public record Recipient(String memberId, String email, String name, String language) {}
