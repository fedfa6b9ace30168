package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.audit.retention.RecordExpiry;
import jp.azukari.audit.retention.RetentionProperties;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records past their entity type's retention go, oldest first per stream, and what remains still
 * verifies; transaction records are never kept less than three years.
 */
@ServiceTest
class RetentionTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired ChainedAppender appender;
  @Autowired RecordExpiry expiry;

  AuditApi api;
  String shortLived = "short" + UUID.randomUUID().toString().substring(0, 8);
  String longLived = "long" + UUID.randomUUID().toString().substring(0, 8);
  String stream = "retention-" + UUID.randomUUID().toString().substring(0, 8) + ".events";

  @BeforeEach
  void setUp() {
    api = AuditApi.on(port);
  }

  Map<String, Period> periods() {
    return Map.of(shortLived, Period.ofYears(3), longLived, Period.ofYears(10));
  }

  void append(String entityType, Instant time) {
    appender.append(
        RawEvents.memberEvent("x-" + UUID.randomUUID(), entityType + ".Happened", time),
        stream,
        0,
        0);
  }

  List<AuditRecord> chain() {
    return mongo.find(
        Query.query(Criteria.where("chain.stream").is(stream + "-0"))
            .with(Sort.by("chain.sequence")),
        AuditRecord.class);
  }

  JsonNode brokenLinkOfThisStream() {
    var started = api.send("POST", "/api/audit/verifications", TestIssuer.admin(), "{}");
    String id = JSON.readTree(started.body()).get("id").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "DONE".equals(verification(id).get("state").asString()));
    for (JsonNode link : verification(id).get("broken")) {
      if (link.get("stream").asString().equals(stream + "-0")) {
        return link;
      }
    }
    return null;
  }

  JsonNode verification(String id) {
    return JSON.readTree(api.get("/api/audit/verifications/" + id, TestIssuer.admin()).body());
  }

  @Test
  void removesAStreamsOldestExpiredRecordsAndWhatRemainsStillVerifies() {
    append(shortLived, Instant.parse("2020-01-01T00:00:00Z"));
    append(shortLived, Instant.parse("2021-01-01T00:00:00Z"));
    append(longLived, Instant.parse("2021-06-01T00:00:00Z"));
    append(shortLived, Instant.parse("2021-07-01T00:00:00Z"));
    append(shortLived, Instant.parse("2026-01-01T00:00:00Z"));

    expiry.expire(NOW, periods());

    // The long-lived record holds back the short-lived one behind it: kept too long, never too
    // short.
    assertThat(chain()).extracting(r -> r.chain().sequence()).containsExactly(3L, 4L, 5L);
    assertThat(brokenLinkOfThisStream()).isNull();
    append(shortLived, NOW);
    assertThat(chain()).extracting(r -> r.chain().sequence()).containsExactly(3L, 4L, 5L, 6L);
    assertThat(brokenLinkOfThisStream()).isNull();
  }

  @Test
  void stillReportsTheOldestRemainingRecordDeletedBehindItsBack() {
    append(shortLived, Instant.parse("2020-01-01T00:00:00Z"));
    append(longLived, Instant.parse("2020-01-01T00:00:00Z"));
    append(longLived, Instant.parse("2020-02-01T00:00:00Z"));
    expiry.expire(NOW, periods());
    mongo.remove(
        Query.query(Criteria.where("_id").is(chain().getFirst().eventId())), AuditRecord.class);

    JsonNode link = brokenLinkOfThisStream();

    assertThat(link.get("sequence").asLong()).isEqualTo(2);
    assertThat(link.get("reason").asString()).isEqualTo("record-missing");
  }

  @Test
  void aStreamWhoseEveryRecordExpiredGoesOnFromItsAnchor() {
    append(shortLived, Instant.parse("2020-01-01T00:00:00Z"));
    append(shortLived, Instant.parse("2020-02-01T00:00:00Z"));

    expiry.expire(NOW, periods());
    assertThat(chain()).isEmpty();
    append(shortLived, NOW);

    assertThat(chain()).extracting(r -> r.chain().sequence()).containsExactly(3L);
    assertThat(brokenLinkOfThisStream()).isNull();
  }

  @Test
  void keepsEverythingOfATypeWithoutARetention() {
    append("forever" + shortLived, Instant.parse("2001-01-01T00:00:00Z"));

    expiry.expire(NOW, periods());

    assertThat(chain()).hasSize(1);
  }

  @Test
  void refusesToKeepTransactionRecordsLessThanThreeYears() {
    for (String type : List.of("item", "request", "ledger")) {
      assertThatThrownBy(() -> new RetentionProperties(Map.of(type, Period.parse("P2Y11M")), null))
          .hasMessageContaining(type);
    }
    assertThat(new RetentionProperties(Map.of("item", Period.ofYears(3)), null).periods())
        .hasSize(1);
    assertThat(new RetentionProperties(Map.of("mail", Period.ofMonths(6)), null).periods())
        .hasSize(1);
    assertThatThrownBy(() -> new RetentionProperties(Map.of("mail", Period.ZERO), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
