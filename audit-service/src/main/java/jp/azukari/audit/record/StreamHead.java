package jp.azukari.audit.record;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest record of a stream as recorded when it was appended: its sequence, hash and event id.
 * The chain alone cannot show that its newest records were deleted (what remains still links up);
 * the verification compares the stream's last record with its head and reports the stream {@code
 * truncated} when records up to the head are missing. The head only moves forward.
 */
@Document("audit_heads")
public record StreamHead(
    @Id String stream, long sequence, String hash, String eventId, Instant updatedAt) {}
