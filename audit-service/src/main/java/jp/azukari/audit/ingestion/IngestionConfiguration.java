package jp.azukari.audit.ingestion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Gives the audit recorder's container its own error handling ({@link IngestionErrors}); the other
 * listeners of the service keep the platform's. Named in the recorder's {@code @KafkaListener}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestionProperties.class)
public class IngestionConfiguration {

  /** The bean name the recorder's {@code containerPostProcessor} refers to. */
  public static final String RECORDER_CONTAINER = "auditRecorderContainer";

  @Bean(RECORDER_CONTAINER)
  ContainerPostProcessor<String, String, AbstractMessageListenerContainer<String, String>>
      auditRecorderContainer(
          KafkaOperations<Object, Object> kafka, IngestionProperties properties) {
    var handler = IngestionErrors.handler(kafka, properties);
    return container -> container.setCommonErrorHandler(handler);
  }
}
