package jp.azukari.workflow.statuses;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Status configurations for plain unit tests: the defaults, or the defaults with a change. */
public final class TestConfigurations {

  private TestConfigurations() {}

  public static StatusConfiguration defaults(RequestType type) {
    return StatusConfiguration.defaults(type, Instant.now());
  }

  /** The defaults of {@code type} with the status {@code code} changed. */
  public static StatusConfiguration with(
      RequestType type, String code, UnaryOperator<StatusDef> change) {
    var configuration = defaults(type);
    List<StatusDef> statuses =
        configuration.statuses().stream()
            .map(status -> status.code().equals(code) ? change.apply(status) : status)
            .toList();
    configuration.replace(statuses, configuration.transitions(), Instant.now());
    return configuration;
  }

  public static StatusDef retired(StatusDef status) {
    return new StatusDef(
        status.code(),
        status.name(),
        status.memberLabel(),
        status.order(),
        status.color(),
        status.initial(),
        status.terminal(),
        true,
        status.mailOnEntry(),
        status.mailTemplate(),
        status.timeLimitHours(),
        status.kitWithMember(),
        status.itemsReceived(),
        status.requiresVerifiedMember());
  }
}
