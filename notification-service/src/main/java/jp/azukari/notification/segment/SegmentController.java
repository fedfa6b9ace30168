package jp.azukari.notification.segment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff preview how many members a segment reaches before sending anything to it. */
@RestController
@PreAuthorize("hasRole('staff')")
class SegmentController {

  private final Segments segments;

  SegmentController(Segments segments) {
    this.segments = segments;
  }

  record CountRequest(@NotNull @Valid Segment segment) {}

  /**
   * @param count members in the segment
   * @param mailable of them, members with an address to mail
   */
  record Count(long count, long mailable) {}

  @PostMapping("/api/notifications/segments/count")
  Count count(@Valid @RequestBody CountRequest request) {
    return new Count(segments.count(request.segment()), segments.countMailable(request.segment()));
  }
}
