package jp.azukari.inquiry.inbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.azukari.inquiry.hours.Acknowledgements;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the out-of-hours acknowledgements (inq-mail's): remembers every arrival. */
public final class RecordingAcknowledgements implements Acknowledgements {

  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

  @Override
  public void arrived(Arrival arrival) {
    arrivals.add(arrival);
  }

  public List<Arrival> of(String inquiryId) {
    return arrivals.stream().filter(a -> a.inquiryId().equals(inquiryId)).toList();
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {

    @Bean
    @Primary
    RecordingAcknowledgements recordingAcknowledgements() {
      return new RecordingAcknowledgements();
    }
  }
}
