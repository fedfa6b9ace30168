package jp.azukari.member.config;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The member-service publishes confirmation links to {@link Topics#MEMBER_LINKS} besides its own
 * {@code member.events} (which the platform creates), keyed by registration id.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

  @Bean
  NewTopic memberLinksTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.MEMBER_LINKS).partitions(partitions).replicas(replicas).build();
  }
}
