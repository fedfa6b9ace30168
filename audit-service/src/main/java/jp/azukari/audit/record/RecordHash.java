package jp.azukari.audit.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a record: over a canonical JSON of its content (keys sorted at every level,
 * instants in ISO-8601, numbers as JSON numbers) including its stream, sequence and the previous
 * record's hash. Changing any stored field, or moving a record to another place in its stream,
 * changes the hash.
 */
public final class RecordHash {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RecordHash() {}

  public static String of(AuditRecord record) {
    var content = new TreeMap<String, Object>();
    content.put("eventId", record.eventId());
    content.put("type", record.type());
    content.put("source", record.source());
    content.put("subject", record.subject());
    content.put("time", text(record.time()));
    content.put("actorId", record.actorId());
    content.put("actorType", text(record.actorType()));
    content.put("actorName", record.actorName());
    content.put("correlationId", record.correlationId());
    content.put("data", canonical(record.data()));
    content.put("topic", record.topic());
    content.put("partition", record.partition());
    content.put("offset", record.offset());
    content.put("recordedAt", text(record.recordedAt()));
    content.put("service", record.service());
    content.put("action", record.action());
    content.put("entityType", record.entityType());
    var chain = record.chain();
    content.put("stream", chain == null ? null : chain.stream());
    content.put("sequence", chain == null ? null : chain.sequence());
    content.put("previousHash", chain == null ? null : chain.previousHash());
    return sha256(JSON.writeValueAsString(content));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      var sorted = new TreeMap<String, Object>();
      map.forEach((key, element) -> sorted.put(String.valueOf(key), canonical(element)));
      return sorted;
    }
    if (value instanceof Collection<?> list) {
      var copy = new ArrayList<>();
      list.forEach(element -> copy.add(canonical(element)));
      return copy;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof java.time.temporal.Temporal temporal) {
      return temporal.toString();
    }
    return value;
  }

  private static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
