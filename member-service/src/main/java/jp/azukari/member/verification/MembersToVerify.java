package jp.azukari.member.verification;

import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Verification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Members as this feature reads and changes them: by id, and by verification state. */
interface MembersToVerify extends MongoRepository<Member, String> {

  Page<Member> findByVerificationState(Verification.State state, Pageable pageable);
}
