package jp.azukari.member.registration;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The sign-up registrations about a member (by their id or their address) as the privacy feature
 * reads and deletes them. The token hash stays inside this package.
 */
@Component
public class RegistrationRecords {

  private final RegistrationRepository repository;

  RegistrationRecords(RegistrationRepository repository) {
    this.repository = repository;
  }

  /** The registrations of the member's id or of their address. */
  public List<Registration> of(String memberId, String email) {
    var found = new LinkedHashMap<String, Registration>();
    if (email != null) {
      repository.findByEmail(EmailAddress.normalize(email)).ifPresent(r -> found.put(r.id(), r));
    }
    repository.findByMemberId(memberId).forEach(r -> found.put(r.id(), r));
    return List.copyOf(found.values());
  }

  /**
   * Deletes them: a later sign-up with the address starts afresh.
   *
   * @return how many were deleted
   */
  public int delete(String memberId, String email) {
    var registrations = of(memberId, email);
    repository.deleteAll(registrations);
    return registrations.size();
  }
}
