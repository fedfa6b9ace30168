package jp.azukari.inquiry.report;

import java.util.List;

/** Who has an inquiry and how it is labelled, for aggregating survey answers. */
public record InquiryFacts(
    String inquiryId, String number, String assigneeId, String assigneeName, List<String> labels) {}
