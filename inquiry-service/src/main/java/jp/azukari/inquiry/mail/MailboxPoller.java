package jp.azukari.inquiry.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the shop's mailbox over IMAP, once across instances (a MongoDB lock): every mail not yet
 * taken in is decoded into an {@link InboundMail} and handed to the {@link InboundMailHandler}, and
 * only after the handler has it is the mail marked done (flagged as seen, or moved to the done
 * folder). A crash in between hands the mail over again, which the handler recognises by its
 * Message-ID. Reading does not mark a mail seen by itself ({@code mail.imap.peek}).
 */
@Component
@EnableConfigurationProperties(MailboxProperties.class)
class MailboxPoller {

  private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

  private final MailboxProperties properties;
  private final ObjectProvider<InboundMailHandler> handlers;
  private final MailAttachments attachments;
  private final MailboxStatus status;
  private final Clock clock;
  private final Session session;

  MailboxPoller(
      MailboxProperties properties,
      ObjectProvider<InboundMailHandler> handlers,
      MailAttachments attachments,
      MailboxStatus status,
      Clock clock) {
    this.properties = properties;
    this.handlers = handlers;
    this.attachments = attachments;
    this.status = status;
    this.clock = clock;
    this.session = Session.getInstance(sessionProperties(properties));
  }

  @Scheduled(
      fixedDelayString = "${azukari.inquiry.mailbox.poll-interval:30s}",
      initialDelayString = "${azukari.inquiry.mailbox.initial-delay:5s}")
  @SchedulerLock(name = "inquiry-mailbox", lockAtMostFor = "PT10M")
  void poll() {
    if (!properties.enabled()) {
      return;
    }
    InboundMailHandler handler = handlers.getIfAvailable();
    if (handler == null) {
      status.polled(clock.instant(), 0, "No inbox takes mails in (no InboundMailHandler)");
      return;
    }
    int fetched = 0;
    String error = null;
    try (Store store = session.getStore(properties.protocol())) {
      store.connect(
          properties.host(), properties.port(), properties.username(), properties.password());
      Folder folder = store.getFolder(properties.folder());
      folder.open(Folder.READ_WRITE);
      boolean moved = false;
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (int i = 0; i < unseen.length && i < properties.batchSize(); i++) {
          try {
            if (takeIn(store, folder, unseen[i], handler)) {
              fetched++;
            }
            moved |= !properties.doneFolder().isBlank();
          } catch (MessagingException | IOException | RuntimeException e) {
            String which = describe(unseen[i]);
            error = "Mail " + which + " not taken in, will retry: " + e.getMessage();
            log.warn("Mail {} could not be taken in, will retry: {}", which, e.toString());
          }
        }
      } finally {
        folder.close(moved);
      }
    } catch (MessagingException | RuntimeException e) {
      error = "Mailbox not readable: " + e.getMessage();
      log.warn(
          "Cannot read the mailbox {}:{}: {}", properties.host(), properties.port(), e.toString());
    }
    status.polled(clock.instant(), fetched, error);
  }

  /**
   * @return whether the mail was handed to the inbox (a mail without a usable sender is only marked
   *     done)
   */
  private boolean takeIn(Store store, Folder folder, Message message, InboundMailHandler handler)
      throws MessagingException, IOException {
    String fallbackId = fallbackMessageId(folder, message);
    var copy = new MimeMessage((MimeMessage) message);
    var receivedAt =
        message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
    InboundMail mail = MimeMailReader.read(copy, fallbackId, receivedAt, attachments);
    boolean handed = false;
    if (mail.fromAddress() == null) {
      log.warn("Mail {} has no usable sender address; not taken in", mail.messageId());
    } else {
      String inquiryId = handler.receive(mail);
      log.info("Mail {} taken into inquiry {}", mail.messageId(), inquiryId);
      handed = true;
    }
    markDone(store, folder, message);
    return handed;
  }

  /** The mail's Message-ID, or its number in the folder, for the status and the log. */
  private static String describe(Message message) {
    try {
      String[] ids = message.getHeader("Message-ID");
      return ids != null && ids.length > 0 ? ids[0] : "#" + message.getMessageNumber();
    } catch (MessagingException | RuntimeException unreadable) {
      return "#" + message.getMessageNumber();
    }
  }

  /** An id for a mail without a Message-ID: the same for the same mail in the same mailbox. */
  private String fallbackMessageId(Folder folder, Message message) throws MessagingException {
    if (folder instanceof UIDFolder uids) {
      return "<imap-"
          + uids.getUIDValidity()
          + "-"
          + uids.getUID(message)
          + "@"
          + properties.host()
          + ">";
    }
    return "<imap-"
        + message.getMessageNumber()
        + "-"
        + clock.millis()
        + "@"
        + properties.host()
        + ">";
  }

  private void markDone(Store store, Folder folder, Message message) throws MessagingException {
    if (properties.doneFolder().isBlank()) {
      message.setFlag(Flags.Flag.SEEN, true);
      return;
    }
    Folder done = store.getFolder(properties.doneFolder());
    if (!done.exists()) {
      done.create(Folder.HOLDS_MESSAGES);
    }
    folder.copyMessages(new Message[] {message}, done);
    message.setFlags(new Flags(Flags.Flag.DELETED), true);
    message.setFlag(Flags.Flag.SEEN, true);
  }

  private static Properties sessionProperties(MailboxProperties properties) {
    var props = new Properties();
    String protocol = properties.protocol();
    String timeout = String.valueOf(properties.timeout().toMillis());
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".peek", "true");
    props.put("mail." + protocol + ".connectiontimeout", timeout);
    props.put("mail." + protocol + ".timeout", timeout);
    props.put("mail." + protocol + ".writetimeout", timeout);
    props.put("mail.mime.allowutf8", "true");
    return props;
  }
}
