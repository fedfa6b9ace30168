package jp.azukari.member.changerequest;

import java.util.LinkedHashMap;
import java.util.List;
import jp.azukari.member.changerequest.ChangeRequest.Kind;
import jp.azukari.member.changerequest.ChangeRequest.State;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Members;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.SignedInMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Change requests as members and staff handle them: members see and withdraw their own, staff
 * approve or reject pending ones. Approving first closes the request (its version makes a second,
 * concurrent approval fail with 409), then applies the requested fields, and only those, to the
 * member's current record.
 */
@Service
class ChangeRequests {

  static final String NEW_DOCUMENTS_NOTE =
      "Your name or address changed: please upload identity documents that show the new details.";
  static final String HOLDER_NOTE =
      "Your new payout account holder does not match your name: please upload documents that"
          + " show the account is yours.";

  private static final Logger log = LoggerFactory.getLogger(ChangeRequests.class);
  private static final int ATTEMPTS = 5;

  private final ChangeRequestRepository repository;
  private final Members members;

  ChangeRequests(ChangeRequestRepository repository, Members members) {
    this.repository = repository;
    this.members = members;
  }

  List<ChangeRequest> own(SignedInMember who) {
    return repository.findByMemberIdOrderByRequestedAtDesc(who.id());
  }

  /** Withdraws the member's own pending request; another member's is as good as absent (404). */
  ChangeRequest withdraw(SignedInMember who, String id) {
    var request =
        repository.findById(id).filter(r -> r.memberId().equals(who.id())).orElseThrow(this::none);
    request.withdraw(members.clockNow());
    return repository.save(request);
  }

  Page<ChangeRequest> queue(State state, String memberId, Pageable page) {
    if (memberId != null && state != null) {
      return repository.findByMemberIdAndState(memberId, state, page);
    }
    if (memberId != null) {
      return repository.findByMemberId(memberId, page);
    }
    return repository.findByState(state == null ? State.PENDING : state, page);
  }

  ChangeRequest approve(String id, String staffId) {
    var request = repository.findById(id).orElseThrow(this::none);
    Member member = members.find(request.memberId()).orElseThrow(this::none);
    PayoutAccount account = request.requestedAccount();
    boolean reverification = member.verification().verified() && needsNewDocuments(request, member);
    request.approve(staffId, reverification, members.clockNow());
    var approved = repository.save(request);
    apply(approved, account);
    return approved;
  }

  ChangeRequest reject(String id, String staffId, String reason) {
    var request = repository.findById(id).orElseThrow(this::none);
    request.reject(staffId, reason, members.clockNow());
    return repository.save(request);
  }

  /**
   * Applies the approved fields to whatever the record is now, retrying when the member saves an
   * edit at the same moment.
   */
  private void apply(ChangeRequest request, PayoutAccount account) {
    for (int attempt = 1; ; attempt++) {
      try {
        members.edit(request.memberId(), null, member -> applyTo(member, request, account));
        return;
      } catch (OptimisticLockingFailureException concurrentEdit) {
        if (attempt == ATTEMPTS) {
          log.error(
              "Approved change request {} could not be applied to member {}",
              request.id(),
              request.memberId());
          throw concurrentEdit;
        }
      }
    }
  }

  private boolean applyTo(Member member, ChangeRequest request, PayoutAccount account) {
    var now = members.clockNow();
    boolean wasVerified = member.verification().verified();
    boolean changed;
    if (request.kind() == Kind.PROFILE) {
      var values = new LinkedHashMap<String, String>();
      request.fields().forEach(f -> values.put(f.field(), f.after()));
      changed = member.changeProfile(ProfileFields.apply(member.profile(), values), now);
    } else {
      changed = account != null && member.changePayoutAccount(account, now);
    }
    if (wasVerified && needsNewDocuments(request, member)) {
      member.requireReverification(
          request.kind() == Kind.PROFILE ? NEW_DOCUMENTS_NOTE : HOLDER_NOTE, now);
      changed = true;
    }
    return changed;
  }

  /**
   * A changed name or address needs new documents; a new payout account needs them only when its
   * holder is not the member's name (read from the record as it is when deciding).
   */
  private static boolean needsNewDocuments(ChangeRequest request, Member member) {
    if (request.kind() == Kind.PROFILE) {
      return request.fields().stream()
          .anyMatch(f -> ProfileFields.NEED_NEW_DOCUMENTS.contains(f.field()));
    }
    String holder =
        request.fields().stream()
            .filter(f -> f.field().equals("holderKana"))
            .map(ChangeRequest.RequestedField::after)
            .findFirst()
            .orElse(member.payoutAccount() == null ? null : member.payoutAccount().holderKana());
    var profile = member.profile();
    return !HolderName.matches(holder, profile.familyNameKana(), profile.givenNameKana());
  }

  private ResponseStatusException none() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such change request.");
  }
}
