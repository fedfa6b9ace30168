package jp.azukari.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning the way another service would, so tests wait for an event
 * instead of sleeping.
 */
public final class EventsProbe implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  public EventsProbe(String bootstrapServers, String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                "1000"),
            new StringDeserializer(),
            new StringDeserializer());
    consumer.subscribe(List.of(topic));
  }

  /** Waits until at least {@code count} records match, then returns all matching records. */
  public List<ConsumerRecord<String, String>> awaitRecords(
      Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
              return seen.stream().filter(match).count() >= count;
            });
    return matching(match);
  }

  /** Keeps reading for a while and returns every matching record seen so far. */
  public List<ConsumerRecord<String, String>> drain(
      Predicate<ConsumerRecord<String, String>> match, Duration during) {
    long end = System.nanoTime() + during.toNanos();
    while (System.nanoTime() < end) {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    return matching(match);
  }

  private List<ConsumerRecord<String, String>> matching(
      Predicate<ConsumerRecord<String, String>> match) {
    return seen.stream().filter(match).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
