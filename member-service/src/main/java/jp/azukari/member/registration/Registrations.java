package jp.azukari.member.registration;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Starts sign-ups; the same address twice means one registration and a second mail. */
@Service
public class Registrations {

  private static final Logger log = LoggerFactory.getLogger(Registrations.class);

  private final RegistrationRepository repository;
  private final Clock clock;

  Registrations(RegistrationRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Registration start(String email, Registration.Channel channel) {
    String normalized = EmailAddress.normalize(email);
    var existing = repository.findByEmail(normalized);
    if (existing.isPresent()) {
      existing.get().requestMail(clock.instant());
      log.info("Registration {} asked for the mail again ({})", existing.get().id(), channel);
      return repository.save(existing.get());
    }
    try {
      var registration =
          repository.insert(Registration.start(normalized, channel, clock.instant()));
      log.info("Registration {} started ({})", registration.id(), channel);
      return registration;
    } catch (DuplicateKeyException sameAddressAtTheSameMoment) {
      return start(email, channel);
    }
  }
}
