package jp.azukari.auctionstandin;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Stand-in for the EXTERNAL auction system that Azukari talks to but does not own. It exists only
 * for local use and tests: an SSO landing page and the price feed that item-service polls.
 */
@SpringBootApplication
public class AuctionStandinApplication {

  public static void main(String[] args) {
    SpringApplication.run(AuctionStandinApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
