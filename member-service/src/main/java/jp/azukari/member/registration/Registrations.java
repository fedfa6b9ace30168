package jp.azukari.member.registration;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Starts sign-ups; the same address twice means one registration and a second mail. */
@Service
public class Registrations {

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
      return repository.save(existing.get());
    }
    try {
      return repository.insert(Registration.start(normalized, channel, clock.instant()));
    } catch (DuplicateKeyException sameAddressAtTheSameMoment) {
      return start(email, channel);
    }
  }
}
