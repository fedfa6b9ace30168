package jp.azukari.inquiry.timeline;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's request (申込) as {@code workflow.events} told it: number, type, status and the status's
 * label for members by language when the workflow-service sent one.
 */
@Document("timeline_requests")
record KnownRequest(
    @Id String id,
    @Indexed String memberId,
    String number,
    String type,
    String status,
    Map<String, String> statusLabel,
    Instant createdAt,
    Instant updatedAt) {}
