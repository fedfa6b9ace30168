package jp.azukari.inquiry.timeline;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inquiry's customer as far as events show it: the linked member (changes with {@code
 * InquiryLinked}), and the addresses, name and language the shop's mails about it went to.
 */
@Document("timeline_inquiries")
record KnownInquiry(
    @Id String id,
    String number,
    String subject,
    @Indexed String memberId,
    @Indexed List<String> emails,
    String toName,
    String language) {}
