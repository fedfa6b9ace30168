package jp.azukari.audit.ingestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit recorder retries an event it could not store.
 *
 * @param maxBackOff the longest pause between two attempts while the database is unavailable (the
 *     attempts never stop: an outage holds the partition back, it never skips an event)
 * @param giveUpAfter how long other failures are retried before the event is parked on its
 *     dead-letter topic
 */
@ConfigurationProperties("azukari.audit.ingestion")
public record IngestionProperties(
    @DefaultValue("PT10S") Duration maxBackOff, @DefaultValue("PT30S") Duration giveUpAfter) {}
