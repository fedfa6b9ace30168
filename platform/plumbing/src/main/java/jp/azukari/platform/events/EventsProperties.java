package jp.azukari.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service publishes its events.
 *
 * @param source the CloudEvents {@code source} of this service's events, e.g. {@code
 *     /member-service}
 * @param topic the topic this service publishes to, {@code <service>.events}
 * @param partitions partitions of the topic when this service creates it
 * @param replicas replication factor of the topic when this service creates it
 * @param relayInterval pause between two runs of the outbox relay
 * @param relayBatchSize documents with pending events the relay reads per collection and run
 * @param sendTimeout how long the relay waits for the broker to acknowledge a batch
 */
@ConfigurationProperties("azukari.events")
public record EventsProperties(
    String source,
    String topic,
    @DefaultValue("3") int partitions,
    @DefaultValue("1") short replicas,
    @DefaultValue("500ms") Duration relayInterval,
    @DefaultValue("100") int relayBatchSize,
    @DefaultValue("10s") Duration sendTimeout) {}
