package jp.azukari.workflow.statuses;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Stores the default statuses of every request type at start-up when the database has none. If
 * MongoDB is not reachable yet, the first read seeds them instead.
 */
@Component
class StatusSeeding implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StatusSeeding.class);

  private final StatusConfigurations configurations;

  StatusSeeding(StatusConfigurations configurations) {
    this.configurations = configurations;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (RequestType type : RequestType.values()) {
      try {
        configurations.of(type);
      } catch (RuntimeException e) {
        log.warn("Statuses of {} not seeded now, the first read will: {}", type, e.getMessage());
      }
    }
  }
}
