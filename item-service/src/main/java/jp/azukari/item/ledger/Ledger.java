package jp.azukari.item.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the ledger: days in Japan, where the shop acquires its items. */
final class Ledger {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private Ledger() {}

  static LocalDate dateOf(Instant instant) {
    return instant == null ? null : instant.atZone(JAPAN).toLocalDate();
  }

  /** The first instant of a day in Japan. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(JAPAN).toInstant();
  }
}
