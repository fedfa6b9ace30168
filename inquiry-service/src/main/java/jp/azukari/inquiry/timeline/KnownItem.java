package jp.azukari.inquiry.timeline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An item's name (品名) and request, as {@code item.events} told them. */
@Document("timeline_items")
record KnownItem(@Id String id, @Indexed String requestId, String memberId, String name) {}
