package jp.azukari.inquiry.config;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The inquiry-service publishes the mails it wants sent to {@link Topics#INQUIRY_MAILS}, outside
 * the audit log, besides its own {@code inquiry.events} (which the platform creates), keyed by
 * inquiry id.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

  @Bean
  NewTopic inquiryMailsTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.INQUIRY_MAILS)
        .partitions(partitions)
        .replicas(replicas)
        .build();
  }
}
