package jp.azukari.inquiry.inbox;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.upload.GridFsContentStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's own inquiries on the member web: write, list with unread markers, read (which marks
 * the replies read), write again. Only the member's own: anyone else's is unknown (404). Members
 * see their messages and the shop's replies, never notes, memos or staff names.
 */
@RestController
@RequestMapping("/api/inquiries/me")
@PreAuthorize("hasRole('member')")
class MemberInquiryController {

  record Unread(long count) {}

  private final Inquiries inquiries;
  private final InquiryViews views;
  private final CurrentActor currentActor;
  private final GridFsContentStore contents;

  MemberInquiryController(
      Inquiries inquiries,
      InquiryViews views,
      CurrentActor currentActor,
      GridFsContentStore contents) {
    this.inquiries = inquiries;
    this.views = views;
    this.currentActor = currentActor;
    this.contents = contents;
  }

  @PostMapping
  ResponseEntity<InquiryViews.MemberInquiryView> write(
      @Valid @RequestBody InboxInputs.MemberInquiryInput input) {
    Inquiry inquiry = inquiries.openByMember(input.subject(), input.text(), input.requestId());
    return ResponseEntity.created(URI.create("/api/inquiries/me/" + inquiry.id()))
        .body(views.member(inquiry));
  }

  @GetMapping
  List<InquiryViews.MemberInquirySummary> list() {
    return inquiries.own(me()).stream().map(views::memberSummary).toList();
  }

  @GetMapping("/unread")
  Unread unread() {
    return new Unread(inquiries.own(me()).stream().filter(Inquiry::unreadByMember).count());
  }

  @GetMapping("/{id}")
  InquiryViews.MemberInquiryView read(@PathVariable String id) {
    inquiries.own(me(), id);
    inquiries.markReadByMember(id);
    return views.member(inquiries.own(me(), id));
  }

  @PostMapping("/{id}/messages")
  InquiryViews.MemberInquiryView writeAgain(
      @PathVariable String id, @Valid @RequestBody InboxInputs.MemberMessageInput input) {
    Inquiry inquiry = inquiries.memberWrites(id, input.text());
    return views.member(inquiries.own(me(), inquiry.id()));
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> attachment(
      @PathVariable String id, @PathVariable String attachmentId) {
    Inquiry inquiry = inquiries.own(me(), id);
    boolean visible =
        inquiry.messages().stream()
            .filter(m -> m.kind() == MessageKind.CUSTOMER || m.kind() == MessageKind.REPLY)
            .flatMap(m -> m.attachments().stream())
            .anyMatch(a -> a.id().equals(attachmentId));
    if (!visible) {
      throw new InboxProblems.Refusal(
          org.springframework.http.HttpStatus.NOT_FOUND,
          "attachment-unknown",
          "There is no such attachment.",
          Map.of());
    }
    return StaffInquiryController.Attachments.download(inquiry, attachmentId, contents);
  }

  private String me() {
    return currentActor.get().id();
  }
}
