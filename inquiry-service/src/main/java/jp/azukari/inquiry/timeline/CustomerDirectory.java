package jp.azukari.inquiry.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Customer facts from this package's own projections of events: who the customer of an inquiry is,
 * a member's name and address, their latest request with its status and items. Templates are filled
 * and survey mails addressed from here.
 */
@Service
public class CustomerDirectory {

  private final MongoTemplate mongo;

  CustomerDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The inquiry's customer, once its {@code InquiryReceived} (or a mail about it) was seen. */
  public Optional<InquiryCustomer> ofInquiry(String inquiryId) {
    KnownInquiry inquiry = mongo.findById(inquiryId, KnownInquiry.class);
    if (inquiry == null) {
      return Optional.empty();
    }
    KnownMember member = inquiry.memberId() == null ? null : member(inquiry.memberId());
    String name = member != null && member.name() != null ? member.name() : inquiry.toName();
    String lastMailedTo =
        inquiry.emails() == null || inquiry.emails().isEmpty() ? null : inquiry.emails().getLast();
    String email = member != null && member.email() != null ? member.email() : lastMailedTo;
    return Optional.of(
        new InquiryCustomer(
            inquiry.id(),
            inquiry.number(),
            inquiry.subject(),
            inquiry.memberId(),
            name,
            email,
            inquiry.language() == null ? "ja" : inquiry.language()));
  }

  /** The member's name, {@code null} when unknown (or erased). */
  public String memberName(String memberId) {
    KnownMember member = member(memberId);
    return member == null ? null : member.name();
  }

  /** The member's address, {@code null} when unknown (or erased). */
  public String memberEmail(String memberId) {
    KnownMember member = member(memberId);
    return member == null ? null : member.email();
  }

  /** The member's most recently created request. */
  public Optional<RequestFacts> latestRequest(String memberId, String language) {
    if (memberId == null) {
      return Optional.empty();
    }
    KnownRequest request =
        mongo.findOne(
            Query.query(Criteria.where("memberId").is(memberId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                .limit(1),
            KnownRequest.class);
    if (request == null) {
      return Optional.empty();
    }
    List<String> items =
        mongo
            .find(
                Query.query(Criteria.where("requestId").is(request.id())).with(Sort.by("_id")),
                KnownItem.class)
            .stream()
            .map(KnownItem::name)
            .filter(name -> name != null && !name.isBlank())
            .toList();
    String label =
        request.statusLabel() == null
            ? null
            : request.statusLabel().getOrDefault(language, request.statusLabel().get("ja"));
    return Optional.of(
        new RequestFacts(
            request.id(),
            request.number(),
            request.status(),
            label == null ? request.status() : label,
            items));
  }

  /** A member record, following a merge to the surviving record. */
  KnownMember member(String memberId) {
    KnownMember member = mongo.findById(memberId, KnownMember.class);
    if (member != null && member.mergedInto() != null) {
      KnownMember survivor = mongo.findById(member.mergedInto(), KnownMember.class);
      return survivor == null ? member : survivor;
    }
    return member;
  }

  /** A phone number's digits, so 090-1234-5678 and 09012345678 are the same number. */
  static String phoneDigits(String phone) {
    if (phone == null) {
      return null;
    }
    String digits =
        java.text.Normalizer.normalize(phone, java.text.Normalizer.Form.NFKC)
            .replaceAll("[^0-9]", "");
    if (digits.startsWith("81") && digits.length() > 10) {
      digits = "0" + digits.substring(2);
    }
    return digits.isEmpty() ? null : digits;
  }
}
