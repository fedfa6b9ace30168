package jp.azukari.inquiry.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.azukari.contracts.inquiry.InquiryState;
import org.springframework.data.mongodb.repository.MongoRepository;

interface InquiryRepository extends MongoRepository<Inquiry, String> {

  Optional<Inquiry> findFirstByMailMessageIds(String mailMessageId);

  Optional<Inquiry> findByIdAndMemberId(String id, String memberId);

  List<Inquiry> findByMemberIdOrderByLastMessageAtDesc(String memberId);

  Optional<Inquiry>
      findFirstByEmailAndStateNotAndMergedIntoIsNullAndLastMessageAtAfterOrderByLastMessageAtDesc(
          String email, InquiryState state, Instant after);
}
