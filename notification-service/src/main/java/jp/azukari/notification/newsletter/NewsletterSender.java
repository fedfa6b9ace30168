package jp.azukari.notification.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.azukari.notification.preference.UnsubscribeTokens;
import jp.azukari.notification.recipient.Recipient;
import jp.azukari.notification.segment.Segments;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends newsletters, on one instance at a time (ShedLock), through Spring's {@link JavaMailSender}
 * directly and its own per-recipient records (not the transactional {@code mail_deliveries}: a
 * newsletter to 100,000 members is one document and a recipient list, not 100,000 deliveries in the
 * transactional queue).
 *
 * <p>Each run: starts scheduled newsletters whose time has come; resolves the recipients of a
 * started newsletter into its frozen list (in steps, resuming where a stopped run left off); then
 * sends the rate's share of one interval, each recipient claimed before and marked after its mail,
 * so that stopping the service at any point sends nobody a second copy. A claim left over from a
 * run that died is recorded FAILED ("interrupted"), not sent again.
 */
@Component
@EnableConfigurationProperties(NewsletterProperties.class)
class NewsletterSender {

  private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);
  private static final int RESOLVE_STEPS_PER_RUN = 20;

  private final MongoTemplate mongo;
  private final JavaMailSender mail;
  private final Segments segments;
  private final UnsubscribeTokens tokens;
  private final NewsletterProperties properties;
  private final Newsletters newsletters;
  private final Clock clock;
  private final String from;
  private final String baseUrl;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private double carried;

  NewsletterSender(
      MongoTemplate mongo,
      JavaMailSender mail,
      Segments segments,
      UnsubscribeTokens tokens,
      NewsletterProperties properties,
      Newsletters newsletters,
      Clock clock,
      @Value("${azukari.mail.from}") String from,
      @Value("${azukari.links.base-url}") String baseUrl) {
    this.mongo = mongo;
    this.mail = mail;
    this.segments = segments;
    this.tokens = tokens;
    this.properties = properties;
    this.newsletters = newsletters;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Stops this instance's sender, as a shutdown would (between two mails). */
  void stop() {
    running.set(false);
  }

  /** Starts it again, as a restarted instance would. */
  void start() {
    running.set(true);
  }

  @Scheduled(fixedDelayString = "${azukari.newsletter.send-interval:1s}")
  @SchedulerLock(name = "newsletter-sender", lockAtMostFor = "PT10M")
  void run() {
    if (!running.get()) {
      return;
    }
    startDue();
    recoverInterrupted();
    carried += properties.perRun();
    int budget = (int) Math.floor(carried);
    carried -= budget;
    List<Newsletter> sending =
        mongo.find(
            Query.query(Criteria.where("state").is(Newsletter.State.SENDING))
                .with(Sort.by("startedAt", "_id")),
            Newsletter.class);
    for (Newsletter newsletter : sending) {
      if (!running.get()) {
        return;
      }
      if (!newsletter.recipientsResolved()) {
        resolveSome(newsletter.id());
        continue;
      }
      budget -= send(newsletter, budget);
      if (budget <= 0) {
        return;
      }
    }
  }

  private void startDue() {
    var due =
        mongo.find(
            Query.query(
                Criteria.where("state")
                    .is(Newsletter.State.SCHEDULED)
                    .and("scheduledAt")
                    .lte(clock.instant())),
            Newsletter.class);
    for (Newsletter newsletter : due) {
      try {
        newsletters.act(newsletter.id(), n -> n.start(clock.instant()));
        log.info("Newsletter {} started at its scheduled time", newsletter.id());
      } catch (RuntimeException changedMeanwhile) {
        log.info("Newsletter {} not started: {}", newsletter.id(), changedMeanwhile.getMessage());
      }
    }
  }

  /** Claims left by a run that stopped between claiming and recording: not sent again. */
  private void recoverInterrupted() {
    List<NewsletterRecipient> claimed =
        mongo.find(
            Query.query(Criteria.where("state").is(NewsletterRecipient.State.SENDING)),
            NewsletterRecipient.class);
    for (NewsletterRecipient recipient : claimed) {
      var result =
          mongo.updateFirst(
              Query.query(
                  Criteria.where("_id")
                      .is(recipient.id())
                      .and("state")
                      .is(NewsletterRecipient.State.SENDING)),
              new Update()
                  .set("state", NewsletterRecipient.State.FAILED)
                  .set("error", NewsletterRecipient.INTERRUPTED)
                  .set("at", clock.instant()),
              NewsletterRecipient.class);
      if (result.getModifiedCount() > 0) {
        count(recipient.newsletterId(), Newsletter.FAILED_COUNT);
        log.warn("Newsletter mail to {} interrupted, not sent again", recipient.id());
      }
    }
  }

  /**
   * Resolves several batches in one run (100,000 members in a few runs), so that the list is
   * complete within seconds of the start; a stopped run leaves the cursor where it got to.
   */
  private void resolveSome(String newsletterId) {
    for (int step = 0; step < RESOLVE_STEPS_PER_RUN && running.get(); step++) {
      Newsletter current = mongo.findById(newsletterId, Newsletter.class);
      if (current == null
          || current.state() != Newsletter.State.SENDING
          || current.recipientsResolved()
          || resolve(current)) {
        return;
      }
    }
  }

  /** Adds one batch of the segment to the frozen recipient list; true once a batch was short. */
  private boolean resolve(Newsletter newsletter) {
    int batch = properties.resolveBatch();
    List<Recipient> next =
        segments.after(newsletter.segment(), true, newsletter.resolvedUpTo(), batch);
    if (!next.isEmpty()) {
      var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NewsletterRecipient.class);
      for (Recipient recipient : next) {
        var entry =
            new NewsletterRecipient(
                newsletter.id(), recipient.memberId(), recipient.email(), recipient.name());
        bulk.upsert(
            Query.query(Criteria.where("_id").is(entry.id())),
            new Update()
                .setOnInsert("newsletterId", entry.newsletterId())
                .setOnInsert("memberId", entry.memberId())
                .setOnInsert("email", entry.email())
                .setOnInsert("name", entry.name())
                .setOnInsert("state", NewsletterRecipient.State.PENDING));
      }
      bulk.execute();
    }
    boolean done = next.size() < batch;
    String upTo = next.isEmpty() ? newsletter.resolvedUpTo() : next.getLast().memberId();
    long total =
        mongo.count(
            Query.query(Criteria.where("newsletterId").is(newsletter.id())),
            NewsletterRecipient.class);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(newsletter.id())),
        new Update()
            .set("resolvedUpTo", upTo)
            .set("recipientsResolved", done)
            .set("total", total)
            .inc("version", 1),
        Newsletter.class);
    if (done) {
      log.info("Newsletter {} goes to {} members", newsletter.id(), total);
    }
    return done;
  }

  /** Sends up to {@code budget} mails of the newsletter; returns how many it tried. */
  private int send(Newsletter newsletter, int budget) {
    int tried = 0;
    while (tried < budget && running.get() && stillSending(newsletter.id())) {
      NewsletterRecipient recipient = claim(newsletter.id());
      if (recipient == null) {
        finishIfDone(newsletter.id());
        return tried;
      }
      tried++;
      if (!deliver(newsletter, recipient)) {
        // The SMTP server did not take the mail: the rest wait for the next run.
        return budget;
      }
    }
    return tried;
  }

  private boolean stillSending(String id) {
    Newsletter now = mongo.findById(id, Newsletter.class);
    return now != null && now.state() == Newsletter.State.SENDING;
  }

  private NewsletterRecipient claim(String newsletterId) {
    return mongo.findAndModify(
        Query.query(
                Criteria.where("newsletterId")
                    .is(newsletterId)
                    .and("state")
                    .is(NewsletterRecipient.State.PENDING))
            .with(Sort.by("_id")),
        new Update().set("state", NewsletterRecipient.State.SENDING).set("at", clock.instant()),
        FindAndModifyOptions.options().returnNew(true),
        NewsletterRecipient.class);
  }

  /** Sends one copy; false when the SMTP server is unavailable (the recipient waits). */
  private boolean deliver(Newsletter newsletter, NewsletterRecipient recipient) {
    try {
      mail.send(message(newsletter, recipient));
      mark(recipient, NewsletterRecipient.State.SENT, null);
      count(newsletter.id(), Newsletter.SENT_COUNT);
    } catch (MailException e) {
      if (permanent(e)) {
        mark(recipient, NewsletterRecipient.State.FAILED, e.getMessage());
        count(newsletter.id(), Newsletter.FAILED_COUNT);
        log.warn("Newsletter mail {} refused: {}", recipient.id(), e.getMessage());
      } else {
        // The server is down or busy: nothing went out; the recipient waits for the next run.
        mark(recipient, NewsletterRecipient.State.PENDING, e.getMessage());
        log.warn("Newsletter mail {} not sent, will retry: {}", recipient.id(), e.getMessage());
        return false;
      }
    } catch (MessagingException | RuntimeException e) {
      mark(recipient, NewsletterRecipient.State.FAILED, e.getMessage());
      count(newsletter.id(), Newsletter.FAILED_COUNT);
      log.warn("Newsletter mail {} cannot be sent: {}", recipient.id(), e.getMessage());
    }
    return true;
  }

  private jakarta.mail.internet.MimeMessage message(
      Newsletter newsletter, NewsletterRecipient recipient) throws MessagingException {
    String link = baseUrl + "/unsubscribe/" + tokens.token(recipient.memberId());
    var message = mail.createMimeMessage();
    var helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(recipient.email());
    helper.setSubject(newsletter.subject().replaceAll("[\\r\\n]+", " "));
    String text =
        (newsletter.text() == null ? "" : newsletter.text())
            + "\n\n--\n配信停止 / Unsubscribe: "
            + link
            + "\n";
    String html =
        (newsletter.html() == null ? "" : newsletter.html())
            + "<hr><p style=\"font-size:12px\"><a href=\""
            + HtmlUtils.htmlEscape(link)
            + "\">配信停止 / Unsubscribe</a></p>";
    helper.setText(text, html);
    message.setHeader("List-Unsubscribe", "<" + link + ">");
    message.setHeader("X-Azukari-Newsletter", newsletter.id());
    return message;
  }

  private void mark(NewsletterRecipient recipient, NewsletterRecipient.State state, String error) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(recipient.id())),
        new Update().set("state", state).set("error", error).set("at", clock.instant()),
        NewsletterRecipient.class);
  }

  private void count(String newsletterId, String counter) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(newsletterId)),
        new Update().inc(counter, 1).inc("version", 1),
        Newsletter.class);
  }

  private void finishIfDone(String newsletterId) {
    boolean claimed =
        mongo.exists(
            Query.query(
                Criteria.where("newsletterId")
                    .is(newsletterId)
                    .and("state")
                    .in(NewsletterRecipient.State.PENDING, NewsletterRecipient.State.SENDING)),
            NewsletterRecipient.class);
    if (claimed) {
      return;
    }
    try {
      newsletters.act(newsletterId, n -> n.finish(clock.instant()));
      log.info("Newsletter {} sent", newsletterId);
    } catch (OptimisticLockingFailureException | org.springframework.web.ErrorResponseException e) {
      log.info("Newsletter {} not finished now: {}", newsletterId, e.getMessage());
    }
  }

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
