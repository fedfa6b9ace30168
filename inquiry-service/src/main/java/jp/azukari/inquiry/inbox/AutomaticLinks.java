package jp.azukari.inquiry.inbox;

import java.util.ArrayList;
import java.util.List;
import jp.azukari.inquiry.customer.MemberContact;
import jp.azukari.inquiry.customer.MemberContactLearned;
import jp.azukari.inquiry.customer.Members;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Inquiries that arrived before their sender was known as a member are linked once the member's
 * address or phone becomes known (InquiryLinked, automatic), if it is that member's alone.
 */
@Component
class AutomaticLinks {

  private final MongoTemplate mongo;
  private final Members members;
  private final Inquiries inquiries;

  AutomaticLinks(MongoTemplate mongo, Members members, Inquiries inquiries) {
    this.mongo = mongo;
    this.members = members;
    this.inquiries = inquiries;
  }

  @EventListener
  void on(MemberContactLearned learned) {
    MemberContact member = members.find(learned.memberId()).orElse(null);
    if (member == null) {
      return;
    }
    var by = new ArrayList<Criteria>();
    if (member.email() != null) {
      by.add(Criteria.where("email").is(member.email()));
    }
    if (member.phone() != null) {
      by.add(Criteria.where("phone").is(member.phone()));
    }
    if (by.isEmpty()) {
      return;
    }
    List<Inquiry> unlinked =
        mongo.find(
            Query.query(
                new Criteria()
                    .andOperator(
                        Criteria.where("memberId").is(null), new Criteria().orOperator(by))),
            Inquiry.class);
    for (Inquiry inquiry : unlinked) {
      var customer = inquiry.customer();
      boolean ours =
          members
              .match(customer.email(), customer.phone())
              .map(match -> match.memberId().equals(member.memberId()))
              .orElse(false);
      if (ours) {
        inquiries.edit(
            inquiry.id(),
            null,
            current -> {
              if (current.memberId() != null) {
                return false;
              }
              current.link(member.memberId(), true);
              current.completeCustomer(
                  member.name(), member.email(), member.phone(), member.language());
              return true;
            });
      }
    }
  }
}
