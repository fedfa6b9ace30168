package jp.azukari.member.changerequest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.azukari.member.changerequest.ChangeRequest.Kind;
import jp.azukari.member.changerequest.ChangeRequest.RequestedField;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.PendingChange;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.profile.VerifiedDataEdits;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Turns a verified member's edits of verified data into change requests. An edit whose verified
 * fields are as they are now leaves a pending request alone (the form sends every field, so a phone
 * change must not withdraw a pending name change); one that differs replaces the pending request's
 * values. Members who are not verified change everything directly.
 */
@Service
class ChangeRequestIntake implements VerifiedDataEdits {

  private static final int ATTEMPTS = 3;

  private final ChangeRequestRepository repository;
  private final Clock clock;

  ChangeRequestIntake(ChangeRequestRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public Profile applicableNow(Member member, Profile edited) {
    return needsStaff(member) ? ProfileFields.keepVerified(member.profile(), edited) : edited;
  }

  @Override
  public void request(Member member, Profile edited) {
    if (!needsStaff(member)) {
      return;
    }
    var fields = new ArrayList<RequestedField>();
    ProfileFields.changed(member.profile(), edited)
        .forEach(
            (field, after) ->
                fields.add(
                    new RequestedField(field, ProfileFields.get(member.profile(), field), after)));
    if (!fields.isEmpty()) {
      openOrReplace(member, Kind.PROFILE, fields, null);
    }
  }

  @Override
  public PayoutAccount applicableNow(Member member, PayoutAccount edited) {
    return needsStaff(member) ? member.payoutAccount() : edited;
  }

  @Override
  public void request(Member member, PayoutAccount edited) {
    if (!needsStaff(member)) {
      return;
    }
    var fields = PayoutFields.changes(member.payoutAccount(), edited);
    if (!fields.isEmpty()) {
      openOrReplace(member, Kind.PAYOUT_ACCOUNT, fields, edited);
    }
  }

  @Override
  public List<PendingChange> pending(String memberId) {
    return repository
        .findByMemberIdAndStateOrderByRequestedAtAsc(memberId, ChangeRequest.State.PENDING)
        .stream()
        .map(r -> new PendingChange(r.id(), r.kind().name(), r.changes(), r.requestedAt()))
        .toList();
  }

  /**
   * Verified data of a verified member needs staff. A member without a payout account yet gives one
   * directly: there is nothing verified to change.
   */
  private static boolean needsStaff(Member member) {
    return member.verification().verified();
  }

  private void openOrReplace(
      Member member, Kind kind, List<RequestedField> fields, PayoutAccount account) {
    String key = member.id() + ":" + kind;
    for (int attempt = 1; ; attempt++) {
      try {
        var pending = repository.findByPendingKey(key);
        if (pending.isPresent()) {
          var request = pending.get();
          if (!Objects.equals(request.fields(), fields)
              || !Objects.equals(request.requestedAccount(), account)) {
            request.replace(fields, account, now());
            repository.save(request);
          }
        } else {
          repository.insert(
              ChangeRequest.open(member.id(), nameOf(member), kind, fields, account, now()));
        }
        return;
      } catch (DuplicateKeyException | OptimisticLockingFailureException concurrentEdit) {
        if (attempt == ATTEMPTS) {
          throw concurrentEdit;
        }
      }
    }
  }

  private static String nameOf(Member member) {
    var profile = member.profile();
    if (profile.familyName() == null) {
      return member.email();
    }
    return profile.givenName() == null
        ? profile.familyName()
        : profile.familyName() + " " + profile.givenName();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
