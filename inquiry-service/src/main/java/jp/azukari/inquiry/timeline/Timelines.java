package jp.azukari.inquiry.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Answers "what happened with this person" from indexes only: the customer key (member, address or
 * phone) gives the members and inquiries it stands for, then the entries of those members and
 * inquiries are read newest first, at most {@link #LIMIT}.
 */
@Service
class Timelines {

  static final int LIMIT = 500;

  private final MongoTemplate mongo;
  private final CustomerDirectory directory;
  private final InquiryContacts contacts;

  Timelines(MongoTemplate mongo, CustomerDirectory directory, InquiryContacts contacts) {
    this.mongo = mongo;
    this.directory = directory;
    this.contacts = contacts;
  }

  TimelineView byMember(String memberId) {
    Set<String> members = new LinkedHashSet<>();
    members.add(memberId);
    mongo
        .find(Query.query(Criteria.where("mergedInto").is(memberId)), KnownMember.class)
        .forEach(duplicate -> members.add(duplicate.id()));
    KnownMember member = directory.member(memberId);
    var customer =
        member == null
            ? new TimelineView.Customer(memberId, null, null, null)
            : new TimelineView.Customer(memberId, member.name(), member.email(), member.phone());
    return view(customer, members, Set.of());
  }

  TimelineView byEmail(String email) {
    String address = TimelineEvents.normalEmail(email);
    List<KnownMember> members =
        mongo.find(Query.query(Criteria.where(KnownMember.EMAIL).is(address)), KnownMember.class);
    Set<String> inquiries = new LinkedHashSet<>();
    String name = null;
    for (KnownInquiry inquiry :
        mongo.find(Query.query(Criteria.where("emails").is(address)), KnownInquiry.class)) {
      inquiries.add(inquiry.id());
      name = name == null ? inquiry.toName() : name;
    }
    inquiries.addAll(contacts.withEmail(address));
    return forMembers(members, inquiries, new TimelineView.Customer(null, name, address, null));
  }

  TimelineView byPhone(String phone) {
    String digits = CustomerDirectory.phoneDigits(phone);
    List<KnownMember> members =
        digits == null
            ? List.of()
            : mongo.find(
                Query.query(Criteria.where(KnownMember.PHONE).is(digits)), KnownMember.class);
    Set<String> inquiries = digits == null ? Set.of() : contacts.withPhone(digits);
    return forMembers(members, inquiries, new TimelineView.Customer(null, null, null, digits));
  }

  private TimelineView forMembers(
      List<KnownMember> members, Set<String> inquiries, TimelineView.Customer fallback) {
    if (members.isEmpty()) {
      return view(fallback, Set.of(), inquiries);
    }
    KnownMember first = members.getFirst();
    String memberId = first.mergedInto() == null ? first.id() : first.mergedInto();
    TimelineView byMember = byMember(memberId);
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(member -> ids.add(member.id()));
    ids.add(memberId);
    mongo
        .find(Query.query(Criteria.where("mergedInto").in(ids)), KnownMember.class)
        .forEach(duplicate -> ids.add(duplicate.id()));
    return view(byMember.customer(), ids, inquiries);
  }

  private TimelineView view(
      TimelineView.Customer customer, Set<String> memberIds, Set<String> inquiryIds) {
    Set<String> inquiries = new LinkedHashSet<>(inquiryIds);
    if (!memberIds.isEmpty()) {
      mongo
          .find(Query.query(Criteria.where("memberId").in(memberIds)), KnownInquiry.class)
          .forEach(inquiry -> inquiries.add(inquiry.id()));
    }
    List<Criteria> either = new ArrayList<>();
    if (!memberIds.isEmpty()) {
      either.add(Criteria.where("memberId").in(memberIds));
    }
    if (!inquiries.isEmpty()) {
      either.add(Criteria.where("inquiryId").in(inquiries));
    }
    if (either.isEmpty()) {
      return new TimelineView(customer, List.of());
    }
    var entries =
        mongo
            .find(
                Query.query(new Criteria().orOperator(either))
                    .with(Sort.by(Sort.Direction.DESC, "at", "_id"))
                    .limit(LIMIT),
                TimelineEntry.class)
            .stream()
            .map(
                entry ->
                    new TimelineView.Entry(
                        entry.at(),
                        entry.kind(),
                        entry.title(),
                        entry.detail(),
                        new TimelineView.Link(entry.linkType(), entry.linkId())))
            .toList();
    return new TimelineView(customer, entries);
  }
}
