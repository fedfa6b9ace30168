package jp.azukari.member.changerequest;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** A member's change requests as the privacy feature reads and erases them. */
@Component
public class ChangeRequestRecords {

  private final ChangeRequestRepository repository;

  ChangeRequestRecords(ChangeRequestRepository repository) {
    this.repository = repository;
  }

  /** All the member's change requests, newest first. */
  public List<ChangeRequest> of(String memberId) {
    return repository.findByMemberIdOrderByRequestedAtDesc(memberId);
  }

  /**
   * Withdraws the member's pending requests and erases the values of all of them. Safe to repeat.
   *
   * @return how many requests had values erased
   */
  public int erase(String memberId, Instant now) {
    int erased = 0;
    for (ChangeRequest request : of(memberId)) {
      if (request.erase(now)) {
        repository.save(request);
        erased++;
      }
    }
    return erased;
  }
}
