package jp.azukari.inquiry.config;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Every topic of the inquiry-service besides its own {@code inquiry.events} (which the platform
 * creates), each declared here once: {@link Topics#INQUIRY_MAILS}, to which it publishes the mails
 * it wants sent (outside the audit log, keyed by inquiry id), and the other services' topics the
 * inbox, timeline, survey and reports read, created if this service starts before their publishers.
 * Creating a topic that exists changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

  private final int partitions;
  private final short replicas;

  TopicsConfiguration(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    this.partitions = partitions;
    this.replicas = replicas;
  }

  @Bean
  NewTopic inquiryMailsTopic() {
    return topic(Topics.INQUIRY_MAILS);
  }

  @Bean
  NewTopic memberEventsTopic() {
    return topic(Topics.MEMBER);
  }

  @Bean
  NewTopic memberLinksTopic() {
    return topic(Topics.MEMBER_LINKS);
  }

  @Bean
  NewTopic workflowEventsTopic() {
    return topic(Topics.WORKFLOW);
  }

  @Bean
  NewTopic itemEventsTopic() {
    return topic(Topics.ITEM);
  }

  @Bean
  NewTopic notificationEventsTopic() {
    return topic(Topics.NOTIFICATION);
  }

  private NewTopic topic(String name) {
    return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
  }
}
