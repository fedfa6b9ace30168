package jp.azukari.inquiry.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inbox.
 *
 * @param unansweredAfter an opened inquiry whose customer waits longer than this is an alert
 * @param replyLockLease how long a reply lock lasts unless renewed
 * @param threadWindow a mail without thread headers joins an open inquiry of its sender this young
 * @param mailDomain the domain of the Message-IDs of the shop's replies
 * @param memberLink the member web's address of an inquiry, {@code {id}} replaced
 * @param shopName the name members see as the author of replies
 * @param guest limits of the public form
 */
@ConfigurationProperties("azukari.inquiry")
public record InboxProperties(
    @DefaultValue("4h") Duration unansweredAfter,
    @DefaultValue("2m") Duration replyLockLease,
    @DefaultValue("30d") Duration threadWindow,
    @DefaultValue("azukari.example") String mailDomain,
    @DefaultValue("http://localhost:8080/inquiries/{id}") String memberLink,
    @DefaultValue("Azukari") String shopName,
    @DefaultValue Guest guest) {

  /**
   * @param maxPerWindow how many submissions one client address may make per window
   * @param window the rate limit's window
   * @param challengeValidity how long a challenge may be answered
   */
  public record Guest(
      @DefaultValue("5") int maxPerWindow,
      @DefaultValue("10m") Duration window,
      @DefaultValue("30m") Duration challengeValidity) {}
}
