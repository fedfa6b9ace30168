package jp.azukari.workflow.statuses;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jp.azukari.workflow.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The status configuration of each request type: read (seeded with the product's defaults when
 * absent) and replaced by admins. A replacement is checked as a whole, names the version it was
 * made on, and never removes a status requests are or were in: such a status can be renamed or
 * retired instead.
 */
@Service
public class StatusConfigurations {

  private static final Logger log = LoggerFactory.getLogger(StatusConfigurations.class);

  private final StatusConfigurationRepository repository;
  private final StatusUsage usage;
  private final Clock clock;

  StatusConfigurations(StatusConfigurationRepository repository, StatusUsage usage, Clock clock) {
    this.repository = repository;
    this.usage = usage;
    this.clock = clock;
  }

  /** The configuration of {@code type}, the defaults stored first if there is none yet. */
  public StatusConfiguration of(RequestType type) {
    return repository.findById(type.name()).orElseGet(() -> seed(type));
  }

  /** Every type's configuration, in the types' order. */
  public List<StatusConfiguration> all() {
    return java.util.Arrays.stream(RequestType.values()).map(this::of).toList();
  }

  /**
   * Stores the defaults of {@code type} unless a configuration exists. Several instances may start
   * at once: the type's name is the document id, so only one insert wins and the others read it.
   */
  StatusConfiguration seed(RequestType type) {
    try {
      StatusConfiguration seeded =
          repository.insert(
              StatusConfiguration.defaults(type, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
      log.info("Default statuses of {} stored", type);
      return seeded;
    } catch (DuplicateKeyException seededMeanwhile) {
      return repository
          .findById(type.name())
          .orElseThrow(() -> new IllegalStateException("Configuration of " + type + " vanished"));
    }
  }

  /**
   * Replaces the statuses and transitions of {@code type}.
   *
   * @param seenVersion the version the admin edited
   * @throws jp.azukari.workflow.web.InvalidFields when the configuration is not valid
   * @throws OptimisticLockingFailureException when someone changed it since {@code seenVersion}
   * @throws Problem {@code status-in-use} when a removed status has requests
   */
  public StatusConfiguration replace(
      RequestType type, long seenVersion, List<StatusDef> statuses, List<Transition> transitions) {
    var checked = ConfigurationCheck.check(statuses, transitions);
    StatusConfiguration configuration = of(type);
    if (!Objects.equals(configuration.version(), seenVersion)) {
      throw new OptimisticLockingFailureException(
          "Configuration of "
              + type
              + " is at version "
              + configuration.version()
              + ", not "
              + seenVersion);
    }
    Set<String> removed = new HashSet<>();
    configuration.statuses().forEach(status -> removed.add(status.code()));
    checked.statuses().forEach(status -> removed.remove(status.code()));
    if (!removed.isEmpty()) {
      Set<String> inUse = new TreeSet<>(usage.usedAmong(type, removed));
      if (!inUse.isEmpty()) {
        throw statusInUse(inUse);
      }
    }
    boolean changed =
        configuration.replace(
            checked.statuses(),
            checked.transitions(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    return changed ? repository.save(configuration) : configuration;
  }

  private static Problem statusInUse(Set<String> codes) {
    return new Problem(
        HttpStatus.CONFLICT,
        "status-in-use",
        String.join(", ", codes)
            + (codes.size() == 1 ? " is or was" : " are or were")
            + " the status of requests, so it cannot be removed: rename or retire it instead.",
        Map.of("statuses", List.copyOf(codes)));
  }
}
