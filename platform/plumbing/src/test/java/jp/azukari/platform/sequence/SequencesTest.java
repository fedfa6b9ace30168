package jp.azukari.platform.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class SequencesTest {

  MongoClient client;
  Sequences sequences;

  @BeforeEach
  void connect() {
    client = MongoClients.create(EmbeddedMongo.uri());
    sequences = new Sequences(new MongoTemplate(client, "azukari-sequences-" + UUID.randomUUID()));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void numbersStartAtOneWithTheirPrefixAndSixDigits() {
    NumberSequence items = sequences.numbered("item-number", "I");

    assertThat(List.of(items.next(), items.next())).containsExactly("I-000001", "I-000002");
    assertThat(items.format(1_234_567)).isEqualTo("I-1234567");
  }

  @Test
  void eachCounterCountsOnItsOwn() {
    sequences.numbered("item-number", "I").next();

    assertThat(sequences.numbered("request-number", "R").next()).isEqualTo("R-000001");
  }

  @Test
  void concurrentCallersNeverGetTheSameValue() throws Exception {
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    try (var pool = Executors.newFixedThreadPool(8)) {
      var futures =
          IntStream.range(0, 80)
              .mapToObj(i -> pool.submit(() -> seen.add(sequences.next("parcel-number"))))
              .toList();
      for (var future : futures) {
        future.get();
      }
    }

    assertThat(seen).hasSize(80);
  }
}
