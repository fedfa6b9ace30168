package jp.azukari.inquiry.timeline;

import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer timeline for staff, by member, mail address or phone number. */
@RestController
@PreAuthorize("hasRole('staff')")
class TimelineController {

  private final Timelines timelines;

  TimelineController(Timelines timelines) {
    this.timelines = timelines;
  }

  @GetMapping("/api/inquiries/timeline")
  TimelineView timeline(
      @RequestParam(required = false) String memberId,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String phone) {
    if (present(memberId)) {
      return timelines.byMember(memberId.strip());
    }
    if (present(email)) {
      return timelines.byEmail(email);
    }
    if (present(phone)) {
      return timelines.byPhone(phone);
    }
    throw new InvalidRequestException("Name the customer: memberId, email or phone.");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
