package jp.azukari.inquiry.timeline;

import java.time.Instant;
import java.util.List;

/** Everything with one customer, newest first. */
record TimelineView(Customer customer, List<Entry> entries) {

  /** Who the timeline is about, as far as known. */
  record Customer(String memberId, String name, String email, String phone) {}

  /** One thing that happened. */
  record Entry(Instant at, TimelineEntry.Kind kind, String title, String detail, Link link) {}

  /** Where the console opens it. */
  record Link(String type, String id) {}
}
