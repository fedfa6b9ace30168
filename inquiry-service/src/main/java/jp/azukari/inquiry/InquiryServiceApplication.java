package jp.azukari.inquiry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InquiryServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(InquiryServiceApplication.class, args);
  }
}
