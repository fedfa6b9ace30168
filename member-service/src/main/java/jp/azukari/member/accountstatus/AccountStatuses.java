package jp.azukari.member.accountstatus;

import java.util.EnumSet;
import java.util.Set;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Members;
import jp.azukari.member.profile.SignedInMember;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Account status changes: staff restrict a member (freeze, penalize, blacklist) or reinstate them,
 * always with a reason the member reads; members leave the shop themselves. WITHDRAWN is final.
 */
@Service
class AccountStatuses {

  /** What staff may set; ACTIVE means "reinstate". */
  static final Set<AccountStatus> STAFF_CHOICES =
      EnumSet.of(
          AccountStatus.FROZEN,
          AccountStatus.PENALIZED,
          AccountStatus.BLACKLISTED,
          AccountStatus.ACTIVE);

  private static final Set<AccountStatus> RESTRICTED =
      EnumSet.of(AccountStatus.FROZEN, AccountStatus.PENALIZED, AccountStatus.BLACKLISTED);

  private final Members members;

  AccountStatuses(Members members) {
    this.members = members;
  }

  /**
   * Sets a member's status as staff decided, if {@code seenVersion} is current. Reinstating lifts
   * the restriction: the member becomes ACTIVE when their address is confirmed, their profile
   * complete and verified, PROVISIONAL otherwise.
   */
  Member change(String memberId, long seenVersion, AccountStatus requested, String reason) {
    if (!STAFF_CHOICES.contains(requested)) {
      throw new InvalidRequestException(
          "Staff can set FROZEN, PENALIZED, BLACKLISTED, or ACTIVE to reinstate a member.");
    }
    return members.edit(
        memberId,
        seenVersion,
        member -> {
          requireChangeable(member, requested);
          var after = requested == AccountStatus.ACTIVE ? reinstated(member) : requested;
          member.changeStatus(after, reason, members.clockNow());
          return true;
        });
  }

  /** The member leaves the shop; their account status must allow it. */
  Member withdraw(SignedInMember who, String reason) {
    members.ownRecord(who);
    return members.edit(
        who.id(),
        null,
        member -> {
          StatusPolicy.require(member.status(), MemberAction.WITHDRAW);
          member.changeStatus(AccountStatus.WITHDRAWN, reason, members.clockNow());
          return true;
        });
  }

  private static AccountStatus reinstated(Member member) {
    if (!RESTRICTED.contains(member.status())) {
      throw conflict("This member is not restricted; there is nothing to reinstate.");
    }
    boolean qualifies =
        member.emailConfirmed() && member.profileComplete() && member.verification().verified();
    return qualifies ? AccountStatus.ACTIVE : AccountStatus.PROVISIONAL;
  }

  private static void requireChangeable(Member member, AccountStatus requested) {
    if (member.status() == AccountStatus.WITHDRAWN) {
      throw conflict("This member has left the shop; their status can no longer change.");
    }
    if (member.status() == requested) {
      throw conflict("This member's status is already " + requested + ".");
    }
  }

  private static ResponseStatusException conflict(String detail) {
    return new ResponseStatusException(HttpStatus.CONFLICT, detail);
  }
}
