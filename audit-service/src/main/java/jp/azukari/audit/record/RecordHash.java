package jp.azukari.audit.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import jp.azukari.contracts.ActorType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a record: over a canonical JSON of its content (keys sorted at every level,
 * instants in ISO-8601, numbers as JSON numbers) including its stream, sequence and the previous
 * record's hash. Changing any stored field, or moving a record to another place in its stream,
 * changes the hash.
 *
 * <p>A sealed record (see {@link AuditRecord.Seal}) is hashed over the salted digest of its
 * personal values instead of the values themselves, so erasing them leaves the hash as it was;
 * while they are there, the digest is recomputed from them, so changing a value still changes the
 * hash. A record erased before seals existed can only be checked by its links.
 */
public final class RecordHash {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecordHash() {}

  public static String of(AuditRecord record) {
    if (record.seal() == null && record.erasure() != null && record.chain() != null) {
      return record.chain().hash();
    }
    var content = new TreeMap<String, Object>();
    content.put("eventId", record.eventId());
    content.put("type", record.type());
    content.put("source", record.source());
    content.put("subject", record.subject());
    content.put("time", text(record.time()));
    content.put("actorId", record.actorId());
    content.put("actorType", text(record.actorType()));
    if (record.seal() == null || !sealsActorName(record)) {
      content.put("actorName", record.actorName());
    }
    content.put("correlationId", record.correlationId());
    if (record.seal() == null) {
      content.put("data", canonical(record.data()));
    } else {
      content.put("personal", sealed(record));
    }
    if (record.clientAddress() != null) {
      content.put("clientAddress", record.clientAddress());
    }
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

  /** A fresh random salt for a record's seal. */
  static String newSalt() {
    var salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt);
  }

  /** The salted digest of the record's personal values. */
  static String sealDigest(String salt, AuditRecord record) {
    var personal = new TreeMap<String, Object>();
    personal.put("data", canonical(record.data()));
    if (sealsActorName(record)) {
      personal.put("actorName", record.actorName());
    }
    return sha256(salt + "\n" + JSON.writeValueAsString(personal));
  }

  /** A member acting is personal data of that member; staff and the system are not erased. */
  static boolean sealsActorName(AuditRecord record) {
    return record.actorType() == ActorType.MEMBER;
  }

  /**
   * The digest the hash covers: kept as stored once the values are erased, recomputed from the
   * values while they are there (a digest that no longer matches them cannot give the stored hash).
   */
  private static String sealed(AuditRecord record) {
    var seal = record.seal();
    if (record.erasure() != null) {
      return seal.digest();
    }
    String digest = sealDigest(seal.salt(), record);
    return digest.equals(seal.digest()) ? digest : "unsealed:" + digest;
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
