package jp.azukari.inquiry.inbox;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.platform.upload.GridFsContentStore;
import jp.azukari.platform.web.IfMatch;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team inbox for the admin console: lists, counts, the inquiry with its messages (each opening
 * recorded), the reply lock, replies, notes, phone memos, state, assignee, labels, member link,
 * merge, bulk actions, alerts and attachments. Staff only.
 */
@RestController
@RequestMapping("/api/inquiries")
@PreAuthorize("hasRole('staff')")
class StaffInquiryController {

  private final Inquiries inquiries;
  private final InquiryQueries queries;
  private final InquiryViews views;
  private final Openings openings;
  private final ReplyLocks locks;
  private final StaffDirectory staff;
  private final BulkActions bulk;
  private final GridFsContentStore contents;

  StaffInquiryController(
      Inquiries inquiries,
      InquiryQueries queries,
      InquiryViews views,
      Openings openings,
      ReplyLocks locks,
      StaffDirectory staff,
      BulkActions bulk,
      GridFsContentStore contents) {
    this.inquiries = inquiries;
    this.queries = queries;
    this.views = views;
    this.openings = openings;
    this.locks = locks;
    this.staff = staff;
    this.bulk = bulk;
    this.contents = contents;
  }

  @GetMapping
  InquiryQueries.InquiryPage list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String label,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String memberId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean unanswered,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    return queries.search(
        new InquiryQueries.Filter(state, assignee, label, channel, memberId, q, unanswered),
        page,
        size,
        sort);
  }

  @GetMapping("/counts")
  Map<String, Long> counts() {
    return queries.counts();
  }

  @GetMapping("/labels")
  List<InquiryQueries.LabelCount> labels() {
    return queries.labels();
  }

  @GetMapping("/alerts")
  InquiryQueries.Alerts alerts() {
    return queries.alerts();
  }

  @GetMapping("/staff")
  List<StaffDirectory.StaffMember> staff() {
    return staff.all();
  }

  /** Records the opening (InquiryViewed) unless {@code peek} (the live refresh of an open page). */
  @GetMapping("/{id}")
  ResponseEntity<InquiryViews.InquiryDetail> detail(
      @PathVariable String id, @RequestParam(defaultValue = "false") boolean peek) {
    Inquiry inquiry = inquiries.get(id);
    if (!peek) {
      openings.record(inquiry);
    }
    return answer(inquiry);
  }

  @PostMapping("/{id}/lock")
  ReplyLockState lock(@PathVariable String id) {
    inquiries.get(id);
    return locks.take(id);
  }

  @DeleteMapping("/{id}/lock")
  ResponseEntity<Void> unlock(@PathVariable String id) {
    locks.release(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/lock/takeover")
  @PreAuthorize("hasRole('admin')")
  ReplyLockState takeOver(@PathVariable String id) {
    inquiries.get(id);
    return locks.takeOver(id);
  }

  @PostMapping("/{id}/replies")
  ResponseEntity<InquiryViews.InquiryDetail> reply(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.ReplyInput input) {
    InquiryState next;
    if (Boolean.TRUE.equals(input.close())) {
      next = InquiryState.DONE;
    } else if (input.state() == null) {
      next = InquiryState.PENDING_CUSTOMER;
    } else if (input.state() == InquiryState.PENDING_CUSTOMER
        || input.state() == InquiryState.DONE
        || input.state() == InquiryState.IN_PROGRESS) {
      next = input.state();
    } else {
      throw InboxProblems.badRequest(
          "state-invalid", "After a reply the inquiry is in progress, pending or done.");
    }
    return answer(inquiries.reply(id, ifMatch, input.text(), input.inReplyTo(), next));
  }

  @PostMapping("/{id}/notes")
  ResponseEntity<InquiryViews.InquiryDetail> note(
      @PathVariable String id, @Valid @RequestBody InboxInputs.NoteInput input) {
    return answer(inquiries.note(id, input.text()));
  }

  @PostMapping("/memos")
  ResponseEntity<InquiryViews.InquiryDetail> memo(@Valid @RequestBody InboxInputs.MemoInput input) {
    Inquiry inquiry =
        inquiries.memo(
            input.memberId(),
            input.phone(),
            input.name(),
            input.inquiryId(),
            input.subject(),
            input.text());
    return ResponseEntity.created(URI.create("/api/inquiries/" + inquiry.id()))
        .eTag(IfMatch.etag(inquiry))
        .body(views.detail(inquiry));
  }

  @PutMapping("/{id}/state")
  ResponseEntity<InquiryViews.InquiryDetail> state(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.StateInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(inquiries.changeState(id, version, input.state(), input.surveySuppressed()));
  }

  @PutMapping("/{id}/assignee")
  ResponseEntity<InquiryViews.InquiryDetail> assignee(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.AssigneeInput input) {
    return answer(inquiries.assign(id, IfMatch.optionalVersion(ifMatch), input.assigneeId()));
  }

  @PutMapping("/{id}/labels")
  ResponseEntity<InquiryViews.InquiryDetail> labels(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.LabelsInput input) {
    return answer(inquiries.label(id, IfMatch.optionalVersion(ifMatch), input.labels()));
  }

  @PutMapping("/{id}/member")
  ResponseEntity<InquiryViews.InquiryDetail> member(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.MemberLinkInput input) {
    return answer(inquiries.link(id, IfMatch.optionalVersion(ifMatch), input.memberId()));
  }

  @PostMapping("/{id}/merge")
  ResponseEntity<InquiryViews.InquiryDetail> merge(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody InboxInputs.MergeInput input) {
    return answer(inquiries.merge(id, IfMatch.optionalVersion(ifMatch), input.sourceId().strip()));
  }

  @PostMapping("/bulk")
  BulkActions.BulkResults bulk(@Valid @RequestBody InboxInputs.BulkInput input) {
    return bulk.apply(input);
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> attachment(
      @PathVariable String id, @PathVariable String attachmentId) {
    return Attachments.download(inquiries.get(id), attachmentId, contents);
  }

  private ResponseEntity<InquiryViews.InquiryDetail> answer(Inquiry inquiry) {
    return ResponseEntity.ok().eTag(IfMatch.etag(inquiry)).body(views.detail(inquiry));
  }

  /** Attachments as downloads, never shown in place or sniffed. */
  static final class Attachments {

    private Attachments() {}

    static ResponseEntity<InputStreamResource> download(
        Inquiry inquiry, String attachmentId, GridFsContentStore contents) {
      Message.Attachment attachment =
          inquiry.messages().stream()
              .flatMap(m -> m.attachments().stream())
              .filter(a -> a.id().equals(attachmentId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InboxProblems.Refusal(
                          org.springframework.http.HttpStatus.NOT_FOUND,
                          "attachment-unknown",
                          "There is no such attachment.",
                          Map.of()));
      var resource = contents.open(attachment.id());
      if (resource == null) {
        throw InboxProblems.conflict("attachment-gone", "The attachment is no longer stored.");
      }
      MediaType type;
      try {
        type = MediaType.parseMediaType(attachment.contentType());
      } catch (RuntimeException e) {
        type = MediaType.APPLICATION_OCTET_STREAM;
      }
      try {
        return ResponseEntity.ok()
            .contentType(type)
            .contentLength(attachment.size())
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(attachment.fileName(), StandardCharsets.UTF_8)
                    .build()
                    .toString())
            .header("X-Content-Type-Options", "nosniff")
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(new InputStreamResource(resource.getInputStream()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
