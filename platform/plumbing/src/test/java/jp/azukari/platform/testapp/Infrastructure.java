package jp.azukari.platform.testapp;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

/** Where the application under test finds its broker, embedded or in a container. */
final class Infrastructure {

  private Infrastructure() {}

  static String bootstrapServers(KafkaConnectionDetails kafka) {
    return String.join(",", kafka.getBootstrapServers());
  }
}
