package jp.azukari.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the tests of templates, timeline, survey and reports share: the whole service, HTTP, and a
 * producer that publishes events as their services' relays do (with a chosen time and actor), to
 * feed this service's own projections. One Spring context serves every subclass.
 */
@ServiceTest
public abstract class ExtrasServiceTest {

  public static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired protected KafkaConnectionDetails kafka;
  @Autowired protected EventEnvelopes envelopes;
  @Autowired protected MongoTemplate mongo;
  @LocalServerPort protected int port;

  protected TestHttp http;
  protected KafkaProducer<String, String> producer;

  @BeforeEach
  void connect() {
    http = TestHttp.on(port);
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())),
            new StringSerializer(),
            new StringSerializer());
  }

  @AfterEach
  void disconnect() {
    producer.close();
  }

  /** Publishes the event now as the system; returns its envelope's id. */
  protected String publish(String topic, DomainEvent event) {
    return publish(topic, event, Instant.now(), null);
  }

  /** Publishes the event as having happened at {@code at}, by a staff member when named. */
  protected String publish(String topic, DomainEvent event, Instant at, String staffName) {
    EventEnvelope wrapped = envelopes.wrap(event);
    var envelope =
        new EventEnvelope(
            wrapped.specversion(),
            wrapped.id(),
            wrapped.source(),
            wrapped.type(),
            at,
            wrapped.subject(),
            wrapped.datacontenttype(),
            staffName == null ? wrapped.actorid() : "staff-" + staffName,
            staffName == null ? wrapped.actortype() : ActorType.STAFF,
            staffName == null ? wrapped.actorname() : staffName,
            wrapped.correlationid(),
            wrapped.data());
    send(topic, envelope.subject(), envelopes.toJson(envelope));
    return envelope.id();
  }

  protected void send(String topic, String key, String json) {
    try {
      producer.send(new ProducerRecord<>(topic, key, json)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  protected static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
