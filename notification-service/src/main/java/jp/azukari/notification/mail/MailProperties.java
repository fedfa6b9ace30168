package jp.azukari.notification.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mails go out (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender, e.g. {@code Azukari <no-reply@azukari.example>}
 * @param sendInterval pause between two runs of the sender
 * @param batchSize mails sent per run at most
 * @param initialBackoff wait before the second attempt of a mail the SMTP server did not take;
 *     doubled for each further attempt
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts attempts after which a mail the SMTP server did not take is given up as FAILED
 *     (and {@code notification.MailDeliveryFailed} published); attempts the open circuit breaker
 *     held back do not count
 * @param retryAttempts calls to the SMTP server within one attempt (Resilience4j retry)
 * @param retryBackoff the pause between those calls, doubled each time
 * @param breakerOpenFor how long the circuit breaker stays open before it lets one mail try again
 */
@ConfigurationProperties("azukari.mail")
record MailProperties(
    @DefaultValue("Azukari <no-reply@azukari.example>") String from,
    @DefaultValue("1s") Duration sendInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("5s") Duration initialBackoff,
    @DefaultValue("10m") Duration maxBackoff,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("2") int retryAttempts,
    @DefaultValue("500ms") Duration retryBackoff,
    @DefaultValue("30s") Duration breakerOpenFor) {}
