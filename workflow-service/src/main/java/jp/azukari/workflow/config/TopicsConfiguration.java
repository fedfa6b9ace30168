package jp.azukari.workflow.config;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics workflow-service consumes, {@code member.events} (its read model of members) and
 * {@code notification.events} (mail outcomes), created if this service starts before their
 * publishers; its own {@code workflow.events} is created by the platform. Creating a topic that
 * exists changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

  @Bean
  NewTopic memberEventsTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.MEMBER).partitions(partitions).replicas(replicas).build();
  }

  @Bean
  NewTopic notificationEventsTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.NOTIFICATION).partitions(partitions).replicas(replicas).build();
  }
}
