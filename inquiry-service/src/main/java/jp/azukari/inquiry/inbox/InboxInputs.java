package jp.azukari.inquiry.inbox;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.azukari.contracts.inquiry.InquiryState;

/** What clients send to the inbox. */
final class InboxInputs {

  /** One line: no CR, LF or other control characters (they would break a mail header). */
  static final String ONE_LINE = "^[^\\p{Cntrl}]*$";

  static final int MAX_TEXT = 5_000;
  static final int MAX_STAFF_TEXT = 20_000;
  static final int MAX_SUBJECT = 200;

  private InboxInputs() {}

  record ReplyInput(
      @NotBlank @Size(max = MAX_STAFF_TEXT) String text,
      String inReplyTo,
      Boolean close,
      InquiryState state) {}

  record NoteInput(@NotBlank @Size(max = MAX_STAFF_TEXT) String text) {}

  record MemoInput(
      String memberId,
      @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]*$") String phone,
      @Size(max = 100) @Pattern(regexp = ONE_LINE) String name,
      String inquiryId,
      @Size(max = MAX_SUBJECT) @Pattern(regexp = ONE_LINE) String subject,
      @NotBlank @Size(max = MAX_STAFF_TEXT) String text) {}

  record StateInput(@NotNull InquiryState state, Boolean surveySuppressed) {}

  record AssigneeInput(String assigneeId) {}

  record LabelsInput(@NotNull @Size(max = 20) List<String> labels) {}

  record MemberLinkInput(String memberId) {}

  record MergeInput(@NotBlank String sourceId) {}

  enum BulkAction {
    ASSIGN,
    LABEL,
    UNLABEL,
    CLOSE
  }

  record BulkInput(
      @NotEmpty @Size(max = 200) List<@NotBlank String> inquiryIds,
      @NotNull BulkAction action,
      String assigneeId,
      String label) {}

  record MemberInquiryInput(
      @NotBlank @Size(max = MAX_SUBJECT) @Pattern(regexp = ONE_LINE) String subject,
      @NotBlank @Size(max = MAX_TEXT) String text,
      @Size(max = 100) String requestId) {}

  record MemberMessageInput(@NotBlank @Size(max = MAX_TEXT) String text) {}

  record GuestInquiryInput(
      @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE) String name,
      @NotBlank @Size(max = 254) @Email @Pattern(regexp = ONE_LINE) String email,
      @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]*$") String phone,
      @NotBlank @Size(max = MAX_SUBJECT) @Pattern(regexp = ONE_LINE) String subject,
      @NotBlank @Size(max = MAX_TEXT) String text,
      @Pattern(regexp = "^(ja|en)?$") String language,
      @NotBlank @Size(max = 100) String challengeId,
      @NotBlank @Size(max = 20) String answer) {}

  record FilterQuery(
      String state, String assignee, String label, String channel, String q, Boolean unanswered) {}

  record FilterInput(
      @NotBlank @Size(max = 60) @Pattern(regexp = ONE_LINE) String name,
      @NotNull FilterQuery query) {}
}
