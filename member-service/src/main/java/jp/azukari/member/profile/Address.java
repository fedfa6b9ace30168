package jp.azukari.member.profile;

/**
 * A Japanese address, in the order it is written: postal code ({@code 123-4567}), prefecture (one
 * of the 47, full name), city/ward/town, line 1 (district and block number), line 2 (building and
 * room, optional).
 */
public record Address(
    String postalCode, String prefecture, String city, String line1, String line2) {

  public static final Address EMPTY = new Address(null, null, null, null, null);
}
