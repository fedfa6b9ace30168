package jp.azukari.platform.config;

import jp.azukari.platform.sequence.Sequences;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Atomic counters in the service's MongoDB, for the numbers people quote. */
@AutoConfiguration(
    afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class SequencesAutoConfiguration {

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean
  Sequences sequences(MongoTemplate mongo) {
    return new Sequences(mongo);
  }
}
