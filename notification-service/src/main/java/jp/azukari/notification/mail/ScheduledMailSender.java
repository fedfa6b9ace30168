package jp.azukari.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mails, once across instances (a MongoDB lock), through {@link SmtpServer} (retry and
 * circuit breaker). A mail the SMTP server does not take because it is unreachable or busy stays
 * QUEUED and is tried again after a growing pause, so an outage delays mails; while the breaker is
 * open the mails wait without using up attempts; after {@code azukari.mail.max-attempts} a mail is
 * given up. A refused recipient makes the mail BOUNCED; a mail that can never be sent (an address
 * that is not one, a header that would be injected) is FAILED at once. Either way the reason is
 * kept and {@code notification.MailDeliveryFailed} published.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class ScheduledMailSender {

  private static final Logger log = LoggerFactory.getLogger(ScheduledMailSender.class);

  private final MongoTemplate mongo;
  private final SmtpServer smtp;
  private final MailProperties properties;
  private final Clock clock;

  ScheduledMailSender(
      MongoTemplate mongo, SmtpServer smtp, MailProperties properties, Clock clock) {
    this.mongo = mongo;
    this.smtp = smtp;
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
                .with(Sort.by("nextAttemptAt", "_id"))
                .limit(properties.batchSize()),
            MailDelivery.class);
    for (MailDelivery delivery : due) {
      if (!attempt(delivery)) {
        // The breaker is open: the rest of the batch would be held back as well.
        return;
      }
    }
  }

  /** {@code false} when the mail was not tried because the circuit breaker is open. */
  private boolean attempt(MailDelivery delivery) {
    try {
      send(delivery);
      delivery.sent(clock.instant());
      log.info("Mail {} sent", delivery.id());
    } catch (SmtpServer.Unavailable open) {
      log.debug("Mail {} waits: {}", delivery.id(), open.getMessage());
      return false;
    } catch (MailHeaders.UnsafeHeaderException
        | MailParseException
        | MailPreparationException refused) {
      delivery.failed(refused.getMessage(), clock.instant());
      log.warn("Mail {} cannot be sent: {}", delivery.id(), refused.getMessage());
    } catch (MailException e) {
      if (SmtpServer.refusedRecipient(e)) {
        delivery.bounced("Recipient refused: " + e.getMessage(), clock.instant());
        log.warn("Mail {} bounced: {}", delivery.id(), e.getMessage());
      } else if (!SmtpServer.isOutage(e)) {
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
    return true;
  }

  private void send(MailDelivery delivery) {
    var recipient = MailHeaders.recipient(delivery.to(), delivery.toName());
    var message = message(delivery.messageId());
    try {
      var helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(recipient);
      helper.setSubject(MailHeaders.subject(delivery.subject()));
      helper.setText(delivery.text() == null ? "" : delivery.text(), delivery.html());
      message.setHeader("X-Azukari-Delivery", delivery.id());
      if (delivery.inReplyTo() != null) {
        message.setHeader("In-Reply-To", MailHeaders.messageId(delivery.inReplyTo()));
      }
      if (!delivery.references().isEmpty()) {
        message.setHeader(
            "References",
            String.join(" ", delivery.references().stream().map(MailHeaders::messageId).toList()));
      }
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    smtp.send(message);
  }

  /** A message that keeps the Message-ID it is given rather than making one up when sent. */
  private MimeMessage message(String messageId) {
    if (messageId == null) {
      return smtp.createMimeMessage();
    }
    String id = MailHeaders.messageId(messageId);
    Session session =
        smtp.sender() instanceof JavaMailSenderImpl impl
            ? impl.getSession()
            : Session.getInstance(new Properties());
    return new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id);
      }
    };
  }
}
