package jp.azukari.inquiry.timeline;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The other services' topics the timeline, templates, survey and reports read, created if this
 * service starts before their publishers. Creating a topic that exists (or that another
 * configuration of this service declares too) changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConsumedTopics {

  @Bean
  NewTopic timelineMemberEvents(Partitions p) {
    return p.topic(Topics.MEMBER);
  }

  @Bean
  NewTopic timelineWorkflowEvents(Partitions p) {
    return p.topic(Topics.WORKFLOW);
  }

  @Bean
  NewTopic timelineItemEvents(Partitions p) {
    return p.topic(Topics.ITEM);
  }

  @Bean
  NewTopic timelineNotificationEvents(Partitions p) {
    return p.topic(Topics.NOTIFICATION);
  }

  @Bean
  NewTopic timelineInquiryMails(Partitions p) {
    return p.topic(Topics.INQUIRY_MAILS);
  }

  @Bean
  Partitions timelineTopicPartitions(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return new Partitions(partitions, replicas);
  }

  /** How topics are created here. */
  record Partitions(int partitions, short replicas) {
    NewTopic topic(String name) {
      return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }
  }
}
