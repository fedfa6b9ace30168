package jp.azukari.member.verification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface IdentityDocumentRepository extends MongoRepository<IdentityDocument, String> {

  List<IdentityDocument> findByMemberIdAndDeletedAtIsNullOrderByUploadedAtAsc(String memberId);

  Optional<IdentityDocument> findByIdAndMemberIdAndDeletedAtIsNull(String id, String memberId);

  List<IdentityDocument> findByMemberIdOrderByUploadedAtAsc(String memberId);

  long countByMemberIdAndDeletedAtIsNullAndReview(String memberId, ReviewState review);
}
