package jp.azukari.inquiry.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The shop's IMAP mailbox the inquiry mails arrive in.
 *
 * @param enabled whether it is polled at all
 * @param protocol {@code imap} or {@code imaps}
 * @param host the IMAP server
 * @param port its port
 * @param username the mailbox's user, usually the shop's address
 * @param password its password
 * @param folder the folder new mails arrive in
 * @param doneFolder where taken-in mails are moved; empty to only flag them as seen
 * @param batchSize at most this many mails are taken in per poll
 * @param timeout connection and read timeout
 * @param maxAttachmentSize the largest attachment kept
 */
@ConfigurationProperties("azukari.inquiry.mailbox")
public record MailboxProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("imap") String protocol,
    @DefaultValue("127.0.0.1") String host,
    @DefaultValue("3143") int port,
    @DefaultValue("shop@azukari.example") String username,
    @DefaultValue("shop") String password,
    @DefaultValue("INBOX") String folder,
    @DefaultValue("") String doneFolder,
    @DefaultValue("20") int batchSize,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("10MB") DataSize maxAttachmentSize) {}
