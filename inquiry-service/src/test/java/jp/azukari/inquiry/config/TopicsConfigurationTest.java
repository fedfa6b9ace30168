package jp.azukari.inquiry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import jp.azukari.contracts.Topics;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** Each topic the service publishes to or reads is declared once, in one place. */
@ServiceTest
class TopicsConfigurationTest {

  @Autowired List<NewTopic> topics;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void declaresEveryTopicItPublishesToOrReadsExactlyOnce() {
    List<String> declared = topics.stream().map(NewTopic::name).toList();
    var read = new TreeSet<String>();
    listeners
        .getListenerContainers()
        .forEach(c -> read.addAll(List.of(c.getContainerProperties().getTopics())));

    assertThat(declared).doesNotHaveDuplicates();
    assertThat(declared).contains(Topics.INQUIRY, Topics.INQUIRY_MAILS).containsAll(read);
  }
}
