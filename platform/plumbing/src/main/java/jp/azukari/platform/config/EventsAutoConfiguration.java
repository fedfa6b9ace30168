package jp.azukari.platform.config;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.EventsProperties;
import jp.azukari.platform.events.MalformedEventException;
import jp.azukari.platform.events.OutboxCallbacks;
import jp.azukari.platform.events.OutboxRelay;
import jp.azukari.platform.events.ProcessedEvents;
import jp.azukari.platform.health.MongoPingHealthIndicator;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.Correlation;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events: envelopes, the outbox and its relay (once across instances, through a MongoDB lock), the
 * service's own topic, idempotent consumption, correlation ids from Kafka headers and a dead-letter
 * topic for events that cannot be handled.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"
    },
    beforeName =
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
public class EventsAutoConfiguration {

  @Bean
  EventEnvelopes eventEnvelopes(
      JsonMapper json, CurrentActor currentActor, EventsProperties properties, Clock clock) {
    return new EventEnvelopes(json, currentActor, properties, clock);
  }

  @Bean
  OutboxCallbacks outboxCallbacks(EventEnvelopes envelopes) {
    return new OutboxCallbacks(envelopes);
  }

  @Bean
  @ConditionalOnProperty("azukari.events.topic")
  OutboxRelay outboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, String> kafka,
      EventsProperties properties,
      MeterRegistry meters) {
    return new OutboxRelay(mongo, kafka, properties, meters);
  }

  @Bean
  @ConditionalOnProperty("azukari.events.topic")
  NewTopic ownEventsTopic(EventsProperties properties) {
    return TopicBuilder.name(properties.topic())
        .partitions(properties.partitions())
        .replicas(properties.replicas())
        .build();
  }

  @Bean
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }

  @Bean
  ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
    return new ProcessedEvents(mongo, clock);
  }

  @Bean
  LockProvider lockProvider(
      MongoClient mongoClient, @Value("${spring.mongodb.database}") String database) {
    return new MongoLockProvider(mongoClient.getDatabase(database));
  }

  /** Puts the correlation id of a consumed event into the logging context. */
  @Bean
  RecordInterceptor<Object, Object> correlationIdRecordInterceptor() {
    return new RecordInterceptor<>() {
      @Override
      public ConsumerRecord<Object, Object> intercept(
          ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(Correlation.HEADER_KAFKA);
        String id = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        MDC.put(Correlation.MDC_KEY, Correlation.sanitize(id));
        return record;
      }

      @Override
      public void afterRecord(
          ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(Correlation.MDC_KEY);
      }
    };
  }

  /**
   * Retries a failing event with backoff, then parks it on {@code <topic>-dlt} so the partition
   * moves on. Records that are not event envelopes go there at once.
   */
  @Bean
  CommonErrorHandler eventErrorHandler(KafkaOperations<Object, Object> kafka) {
    var recoverer =
        new DeadLetterPublishingRecoverer(
            kafka,
            (record, e) ->
                // Partition -1: the broker chooses, whatever the partitions of the DLT topic.
                new org.apache.kafka.common.TopicPartition(record.topic() + "-dlt", -1));
    var backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxElapsedTime(30_000);
    var handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(MalformedEventException.class);
    return handler;
  }
}
