package jp.azukari.inquiry.hours;

import java.time.Clock;
import java.time.Instant;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.IfMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads and changes the shop's business hours; the defaults until an admin first changes them. */
@Component
public class BusinessHours {

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;

  BusinessHours(MongoTemplate mongo, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  /** The settings in force. */
  public BusinessHoursSettings current() {
    var settings = mongo.findById(BusinessHoursSettings.ID, BusinessHoursSettings.class);
    if (settings != null) {
      return settings;
    }
    try {
      return mongo.insert(BusinessHoursSettings.defaults());
    } catch (DuplicateKeyException storedMeanwhile) {
      return mongo.findById(BusinessHoursSettings.ID, BusinessHoursSettings.class);
    }
  }

  /** Whether the shop is open at this instant. */
  public boolean isOpenAt(Instant at) {
    return current().isOpenAt(at);
  }

  /** Replaces the settings, if they are still at the version the admin edited (409 otherwise). */
  BusinessHoursSettings replace(String ifMatch, BusinessHoursInput input) {
    IfMatch.version(ifMatch);
    var settings = current();
    IfMatch.check(settings, ifMatch);
    var valid = input.validated();
    settings.change(
        valid.timeZone(),
        valid.week(),
        valid.holidays(),
        valid.acknowledgement(),
        currentActor.get().id(),
        clock.instant());
    // Saving with the version read refuses a change that happened since (optimistic locking).
    return mongo.save(settings);
  }
}
