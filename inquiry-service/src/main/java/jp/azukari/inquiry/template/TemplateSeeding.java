package jp.azukari.inquiry.template;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Stores the default templates at start-up when there are none yet. */
@Component
class TemplateSeeding implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TemplateSeeding.class);

  private final Templates templates;

  TemplateSeeding(Templates templates) {
    this.templates = templates;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      templates.seedDefaults();
    } catch (RuntimeException e) {
      log.warn("Default reply templates not seeded now: {}", e.getMessage());
    }
  }
}
