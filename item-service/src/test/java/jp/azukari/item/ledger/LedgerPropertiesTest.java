package jp.azukari.item.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The ledger is kept at least 3 years (古物営業法 §18): a shorter retention stops the start. */
class LedgerPropertiesTest {

  final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(LedgerConfiguration.class);

  @ParameterizedTest
  @ValueSource(strings = {"P2Y", "P35M", "P2Y11M30D", "P1095D", "P0D", "-P3Y"})
  void refusesToStartWithARetentionShorterThanThreeYears(String retention) {
    context
        .withPropertyValues("azukari.item.ledger.retention=" + retention)
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(started.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("at least 3 years");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"P3Y", "P36M", "P5Y", "P3Y6M", "P7Y"})
  void startsWithThreeYearsOrMore(String retention) {
    context
        .withPropertyValues("azukari.item.ledger.retention=" + retention)
        .run(
            started -> {
              assertThat(started).hasNotFailed();
              assertThat(started.getBean(LedgerProperties.class).retention())
                  .isEqualTo(Period.parse(retention).normalized());
            });
  }

  @org.junit.jupiter.api.Test
  void keepsTheLegalMinimumWhenNothingIsSet() {
    context.run(
        started ->
            assertThat(started.getBean(LedgerProperties.class).retention())
                .isEqualTo(Period.ofYears(3)));
  }
}
