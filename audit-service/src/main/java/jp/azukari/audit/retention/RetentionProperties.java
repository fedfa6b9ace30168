package jp.azukari.audit.retention;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the audit log keeps records, per entity type ({@code azukari.audit.retention.periods.
 * <entityType>: P7Y}); types not named are kept for ever. Transaction records (item, request,
 * ledger) are kept at least three years, as the law requires of the ledger and its evidence: a
 * shorter period stops the service from starting.
 *
 * @param periods retention per entity type
 * @param sweep how often expired records are removed
 */
@ConfigurationProperties("azukari.audit.retention")
public record RetentionProperties(Map<String, Period> periods, Duration sweep) {

  static final Set<String> TRANSACTION_TYPES = Set.of("item", "request", "ledger");
  static final Period LEGAL_MINIMUM = Period.ofYears(3);

  public RetentionProperties {
    periods = periods == null ? Map.of() : Map.copyOf(periods);
    sweep = sweep == null ? Duration.ofHours(1) : sweep;
    var day = LocalDate.of(2000, 1, 1);
    periods.forEach(
        (type, period) -> {
          if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(
                "azukari.audit.retention.periods." + type + " must be positive");
          }
          if (TRANSACTION_TYPES.contains(type)
              && day.plus(period).isBefore(day.plus(LEGAL_MINIMUM))) {
            throw new IllegalArgumentException(
                "azukari.audit.retention.periods."
                    + type
                    + " is "
                    + period
                    + "; transaction records are kept at least "
                    + LEGAL_MINIMUM);
          }
        });
  }
}
