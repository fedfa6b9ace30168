package jp.azukari.notification.mail;

import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mails, once across instances (a MongoDB lock). A mail the SMTP server does not take
 * because it is unreachable or busy stays QUEUED and is tried again after a growing pause, so an
 * outage delays mails; after {@code azukari.mail.max-attempts} the mail is given up. A mail that
 * can never be sent (an address that is not one, a header that would be injected) is FAILED at
 * once. Either way the reason is kept and {@code notification.MailDeliveryFailed} published.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class ScheduledMailSender {

  private static final Logger log = LoggerFactory.getLogger(ScheduledMailSender.class);

  private final MongoTemplate mongo;
  private final JavaMailSender mail;
  private final MailProperties properties;
  private final Clock clock;

  ScheduledMailSender(
      MongoTemplate mongo, JavaMailSender mail, MailProperties properties, Clock clock) {
    this.mongo = mongo;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${azukari.mail.send-interval:1s}")
  @SchedulerLock(name = "mail-sender", lockAtMostFor = "PT5M")
  void sendDueMails() {
    List<MailDelivery> due =
        mongo.find(
            Query.query(
                    Criteria.where("state")
                        .is(MailDelivery.State.QUEUED.name())
                        .and("nextAttemptAt")
                        .lte(clock.instant()))
                .with(Sort.by("nextAttemptAt"))
                .limit(properties.batchSize()),
            MailDelivery.class);
    for (MailDelivery delivery : due) {
      attempt(delivery);
    }
  }

  private void attempt(MailDelivery delivery) {
    try {
      send(delivery);
      delivery.sent(clock.instant());
      log.info("Mail {} sent", delivery.id());
    } catch (MailHeaders.UnsafeHeaderException
        | MailParseException
        | MailPreparationException refused) {
      delivery.failed(refused.getMessage(), clock.instant());
      log.warn("Mail {} cannot be sent: {}", delivery.id(), refused.getMessage());
    } catch (MailException e) {
      if (permanent(e)) {
        delivery.failed(e.getMessage(), clock.instant());
        log.warn("Mail {} refused by the SMTP server: {}", delivery.id(), e.getMessage());
      } else {
        delivery.retryLater(
            e.getMessage(),
            clock.instant(),
            properties.initialBackoff(),
            properties.maxBackoff(),
            properties.maxAttempts());
        if (delivery.state() == MailDelivery.State.FAILED) {
          log.warn("Mail {} given up after {} attempts", delivery.id(), delivery.attempts());
        } else {
          log.warn(
              "Mail {} not sent (attempt {}), will retry: {}",
              delivery.id(),
              delivery.attempts(),
              e.getMessage());
        }
      }
    }
    try {
      mongo.save(delivery);
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      log.warn("Mail {} changed while being sent", delivery.id());
    }
  }

  private void send(MailDelivery delivery) {
    var recipient = MailHeaders.recipient(delivery.to(), delivery.toName());
    var message = mail.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(recipient);
      helper.setSubject(MailHeaders.subject(delivery.subject()));
      helper.setText(delivery.text(), delivery.html());
      message.setHeader("X-Azukari-Delivery", delivery.id());
    } catch (jakarta.mail.MessagingException e) {
      throw new MailPreparationException(e);
    }
    mail.send(message);
  }

  /** The server refused the recipient for good, as opposed to being unreachable or busy. */
  private static boolean permanent(MailException e) {
    if (e instanceof MailSendException send) {
      return send.getFailedMessages().values().stream()
          .anyMatch(
              cause ->
                  cause instanceof SendFailedException failed
                      && failed.getInvalidAddresses() != null
                      && failed.getInvalidAddresses().length > 0);
    }
    return false;
  }
}
