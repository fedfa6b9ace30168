package jp.azukari.audit.deadletter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event some consumer could not handle, parked on {@code <topic>-dlt}: where it came from, which
 * consumer group gave up on it, why, and (the start of) what it was. The id is its original topic,
 * partition and offset together with the consumer group, so reading it again changes nothing.
 */
@Document("audit_dead_letters")
@CompoundIndex(name = "newest", def = "{'at': -1, '_id': -1}")
record DeadLetter(
    @Id String id,
    String topic,
    Integer partition,
    Long offset,
    String consumerGroup,
    String key,
    String reason,
    String payload,
    boolean truncated,
    Instant at) {}
