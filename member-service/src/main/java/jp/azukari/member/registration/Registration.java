package jp.azukari.member.registration;

import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.member.RegistrationStarted;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A sign-up with only an email address, waiting for the address to be confirmed. */
@Document("registrations")
public class Registration extends OutboxAggregate {

  @Id private String id;

  @Indexed(unique = true)
  private String email;

  private Channel channel;
  private Instant startedAt;
  private Instant lastMailRequestedAt;
  private int mailRequests;

  protected Registration() {}

  public static Registration start(String email, Channel channel, Instant now) {
    var registration = new Registration();
    registration.id = UUID.randomUUID().toString();
    registration.email = EmailAddress.normalize(email);
    registration.channel = channel;
    registration.startedAt = now;
    registration.requestMail(now);
    return registration;
  }

  /** Asking again for the same address sends the mail again instead of creating a duplicate. */
  public void requestMail(Instant now) {
    lastMailRequestedAt = now;
    mailRequests++;
    registerEvent(new RegistrationStarted(id, email, channel.name()));
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public Channel channel() {
    return channel;
  }

  public int mailRequests() {
    return mailRequests;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastMailRequestedAt() {
    return lastMailRequestedAt;
  }

  public enum Channel {
    WEB,
    PHONE,
    WALK_IN
  }
}
