package jp.azukari.inquiry.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Looks members up in the read model, to show and to link inquiries by address or phone. */
@Service
public class Members {

  private final MongoTemplate mongo;

  Members(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<MemberContact> find(String memberId) {
    return Optional.ofNullable(memberId)
        .map(id -> mongo.findById(id, KnownMember.class))
        .map(Members::contact);
  }

  /**
   * The one member with this address (or else this phone number); nobody when none or several
   * match, so an inquiry is never linked to the wrong person.
   */
  public Optional<MemberContact> match(String email, String phone) {
    Optional<MemberContact> byEmail = unique(KnownMember.EMAIL, normaliseEmail(email));
    return byEmail.isPresent() ? byEmail : unique(KnownMember.PHONE, normalisePhone(phone));
  }

  private Optional<MemberContact> unique(String field, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    var query =
        Query.query(
                Criteria.where(field).is(value).and("mergedInto").is(null).and("erasedAt").is(null))
            .limit(2);
    List<KnownMember> found = mongo.find(query, KnownMember.class);
    return found.size() == 1 ? Optional.of(contact(found.getFirst())) : Optional.empty();
  }

  /** Lower case, trimmed; {@code null} when blank. */
  public static String normaliseEmail(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Digits only ({@code 03-1234-5678} → {@code 0312345678}); {@code null} when none. */
  public static String normalisePhone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? null : digits;
  }

  private static MemberContact contact(KnownMember member) {
    return new MemberContact(
        member.id(), member.name(), member.email(), member.phone(), member.language());
  }
}
