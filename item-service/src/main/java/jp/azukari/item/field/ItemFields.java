package jp.azukari.item.field;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import jp.azukari.platform.web.IfMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The configurable item fields: seeded with the defaults, replaced by admins, and offered to other
 * features as a {@link FieldCatalogue} that checks and filters item values.
 */
@Service
public class ItemFields {

  private static final Logger log = LoggerFactory.getLogger(ItemFields.class);

  private final FieldConfigurationRepository configurations;
  private final FieldUsage usage;
  private final Clock clock;

  ItemFields(FieldConfigurationRepository configurations, FieldUsage usage, Clock clock) {
    this.configurations = configurations;
    this.usage = usage;
    this.clock = clock;
  }

  /** Seeds the defaults on start-up, so the first reader does not have to. */
  @EventListener(ApplicationReadyEvent.class)
  void seedDefaults() {
    try {
      configuration();
    } catch (RuntimeException e) {
      log.warn("Item fields not seeded at start-up, will be on first use: {}", e.getMessage());
    }
  }

  /**
   * The configuration; the defaults are stored the first time anyone asks. Several instances may
   * ask at once: the configuration's fixed id lets exactly one insert win, the others read it.
   */
  public FieldConfiguration configuration() {
    Optional<FieldConfiguration> stored = configurations.findById(FieldConfiguration.ID);
    if (stored.isPresent()) {
      return stored.get();
    }
    try {
      FieldConfiguration seeded = configurations.insert(FieldConfiguration.defaults(now()));
      log.info("Item fields seeded with the defaults");
      return seeded;
    } catch (DuplicateKeyException seededByAnotherInstance) {
      return configurations.findById(FieldConfiguration.ID).orElseThrow();
    }
  }

  /** The fields in the order they are shown. */
  public List<FieldDef> fields() {
    return configuration().fields();
  }

  /**
   * Replaces the fields as an admin edited them on the version they read.
   *
   * @throws org.springframework.web.ErrorResponseException 400 listing every invalid field
   */
  FieldConfiguration configure(String ifMatch, List<FieldInput> input) {
    IfMatch.version(ifMatch);
    FieldConfiguration configuration = configuration();
    IfMatch.check(configuration, ifMatch);
    var outcome = FieldConfigurationRules.check(input, configuration.fields(), usage);
    if (!outcome.valid()) {
      throw FieldProblems.invalid("item-fields.invalid", outcome.errors());
    }
    if (!configuration.replace(outcome.fields(), now())) {
      return configuration;
    }
    // Saved on the version checked above: a concurrent save makes this one fail with 409.
    return configurations.save(configuration);
  }

  /** The fields as configured now, to check, complete and filter values with. */
  public FieldCatalogue catalogue() {
    return new FieldCatalogue(fields());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
