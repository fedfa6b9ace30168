package jp.azukari.member.merge;

/**
 * Why a merge cannot go ahead as asked.
 *
 * @param code a stable code the console translates, e.g. {@code duplicate-verified}
 * @param member whose state blocks it: {@code survivor}, {@code duplicate} or {@code null} for the
 *     pair
 * @param detail what is wrong, in plain English
 * @param hint what staff can do about it
 */
public record Blocker(String code, String member, String detail, String hint) {}
