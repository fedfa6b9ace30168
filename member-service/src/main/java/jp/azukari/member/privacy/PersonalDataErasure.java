package jp.azukari.member.privacy;

import java.time.Instant;
import java.util.Objects;
import jp.azukari.member.changerequest.ChangeRequestRecords;
import jp.azukari.member.importing.ImportRecords;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Members;
import jp.azukari.member.registration.RegistrationRecords;
import jp.azukari.member.registration.UserAccounts;
import jp.azukari.member.registration.UserAccounts.IdentityProviderUnavailable;
import jp.azukari.member.verification.DocumentRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Erases a member's personal data and keeps what the law requires the shop to keep.
 *
 * <p>The order makes a failure harmless: the version is checked first (409, nothing changed), then
 * the login account is deleted in Keycloak (unreachable: 503, nothing changed), then the data
 * around the member is erased (identity document files, change request values, registrations of the
 * address, import report rows), each step safe to repeat, and last the member's record, whose
 * {@code erasedAt} says the erasure is complete. If anything fails on the way, the same request can
 * simply be sent again.
 *
 * <p>Pending change requests do not block an erasure: they are withdrawn as part of it (the member
 * who asked for them is being erased; keeping them waiting would only keep their values).
 */
@Service
class PersonalDataErasure {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

  private final Members members;
  private final UserAccounts accounts;
  private final DocumentRecords documents;
  private final ChangeRequestRecords changeRequests;
  private final RegistrationRecords registrations;
  private final ImportRecords imports;

  PersonalDataErasure(
      Members members,
      UserAccounts accounts,
      DocumentRecords documents,
      ChangeRequestRecords changeRequests,
      RegistrationRecords registrations,
      ImportRecords imports) {
    this.members = members;
    this.accounts = accounts;
    this.documents = documents;
    this.changeRequests = changeRequests;
    this.registrations = registrations;
    this.imports = imports;
  }

  /**
   * @param seenVersion the member's version the admin saw
   * @param reason why, as the admin wrote it (for the audit log)
   */
  Member erase(String memberId, long seenVersion, String reason) {
    Member member = members.find(memberId).orElseThrow(Problems::noSuchMember);
    if (member.erased()) {
      throw Problems.alreadyErased();
    }
    if (!Objects.equals(member.version(), seenVersion)) {
      throw new OptimisticLockingFailureException(
          "Member " + memberId + " is at version " + member.version() + ", not " + seenVersion);
    }
    try {
      accounts.delete(memberId);
    } catch (IdentityProviderUnavailable e) {
      throw Problems.identityProviderUnavailable();
    }
    Instant now = members.clockNow();
    String email = member.email();
    int images = documents.eraseContents(memberId, now);
    int requests = changeRequests.erase(memberId, now);
    int registered = registrations.delete(memberId, email);
    int rows = imports.erase(memberId, email);
    Member erased =
        members.edit(
            memberId,
            seenVersion,
            m -> {
              if (m.erased()) {
                throw Problems.alreadyErased();
              }
              m.erasePersonalData(reason, images, requests, registered, rows, now);
              return true;
            });
    log.info(
        "Member {}: personal data erased ({} document files, {} change requests,"
            + " {} registrations, {} import rows)",
        memberId,
        images,
        requests,
        registered,
        rows);
    return erased;
  }
}
