package jp.azukari.workflow.requests;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RequestRepository extends MongoRepository<Request, String> {

  List<Request> findByMemberIdOrderByCreatedAtDesc(String memberId);

  Optional<Request> findByIdAndMemberId(String id, String memberId);
}
