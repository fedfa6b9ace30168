package jp.azukari.member.changerequest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ChangeRequestRepository extends MongoRepository<ChangeRequest, String> {

  Optional<ChangeRequest> findByPendingKey(String pendingKey);

  List<ChangeRequest> findByMemberIdOrderByRequestedAtDesc(String memberId);

  List<ChangeRequest> findByMemberIdAndStateOrderByRequestedAtAsc(
      String memberId, ChangeRequest.State state);

  Page<ChangeRequest> findByState(ChangeRequest.State state, Pageable pageable);

  Page<ChangeRequest> findByMemberIdAndState(
      String memberId, ChangeRequest.State state, Pageable pageable);

  Page<ChangeRequest> findByMemberId(String memberId, Pageable pageable);
}
