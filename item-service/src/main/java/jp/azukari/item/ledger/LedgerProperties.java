package jp.azukari.item.ledger;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the transaction ledger ({@code azukari.item.ledger.*}).
 *
 * @param retention how long an entry is kept after its acquisition date, at least 3 years (the
 *     Antique Dealings Act, §18); a shorter one stops the service at start-up
 * @param sweepOverlap how far back each sweep looks again before its last run, for clocks that
 *     differ between instances and writes that land late
 */
@ConfigurationProperties("azukari.item.ledger")
record LedgerProperties(Period retention, Duration sweepOverlap) {

  static final Period LEGAL_MINIMUM = Period.ofYears(3);

  LedgerProperties {
    retention = retention == null ? LEGAL_MINIMUM : retention.normalized();
    sweepOverlap = sweepOverlap == null ? Duration.ofMinutes(2) : sweepOverlap;
    if (retention.isNegative() || retention.getDays() < 0 || retention.toTotalMonths() < 36) {
      throw new IllegalArgumentException(
          "azukari.item.ledger.retention is "
              + retention
              + ", but the Antique Dealings Act (古物営業法 §18) requires the ledger to be kept"
              + " at least 3 years: set P3Y or longer, in years or months (P3Y, P5Y, P42M).");
    }
  }
}
