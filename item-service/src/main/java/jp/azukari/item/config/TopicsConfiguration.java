package jp.azukari.item.config;

import jp.azukari.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics the item-service reads besides publishing its own {@code item.events} (which the
 * platform creates): requests from the workflow and members from the member-service. Declared here
 * too so that the listeners find them whichever service starts first; a topic that exists stays as
 * it is.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

  @Bean
  NewTopic workflowEventsTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.WORKFLOW).partitions(partitions).replicas(replicas).build();
  }

  @Bean
  NewTopic memberEventsTopic(
      @Value("${azukari.events.partitions:3}") int partitions,
      @Value("${azukari.events.replicas:1}") short replicas) {
    return TopicBuilder.name(Topics.MEMBER).partitions(partitions).replicas(replicas).build();
  }
}
