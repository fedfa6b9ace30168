package jp.azukari.platform.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest service built on the platform plumbing: parcels that announce what happens to them
 * through the outbox, and a consumer that counts their events idempotently. The plumbing's tests
 * drive it the way a real service is driven.
 */
@SpringBootApplication
public class ParcelApplication {

  public static void main(String[] args) {
    SpringApplication.run(ParcelApplication.class, args);
  }
}
