package jp.azukari.member.changerequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff queue of change requests, oldest first, and their decisions. {@code memberId} narrows
 * the list to one member (the member detail page); without {@code state} that lists every state.
 */
@RestController
@RequestMapping("/api/members/change-requests")
@PreAuthorize("hasRole('staff')")
@Validated
class StaffChangeRequestController {

  /** One page of requests, shaped like the member directory's pages. */
  record PageOfRequests(List<ChangeRequestView> content, PageInfo page) {}

  record PageInfo(int size, int number, long totalElements, int totalPages) {}

  /** Why a request is rejected, shown to the member. */
  record RejectionInput(@NotBlank @Size(max = 500) String reason) {}

  private final ChangeRequests changeRequests;

  StaffChangeRequestController(ChangeRequests changeRequests) {
    this.changeRequests = changeRequests;
  }

  @GetMapping
  PageOfRequests queue(
      @RequestParam(required = false) ChangeRequest.State state,
      @RequestParam(required = false) String memberId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    var sort =
        memberId != null
            ? Sort.by(Sort.Direction.DESC, "requestedAt")
            : Sort.by(Sort.Direction.ASC, "requestedAt");
    var found = changeRequests.queue(state, memberId, PageRequest.of(page, size, sort));
    return new PageOfRequests(
        found.getContent().stream().map(ChangeRequestView::forStaff).toList(),
        new PageInfo(
            found.getSize(), found.getNumber(), found.getTotalElements(), found.getTotalPages()));
  }

  @PostMapping("/{id}/approval")
  ChangeRequestView approve(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
    return ChangeRequestView.forStaff(changeRequests.approve(id, token.getSubject()));
  }

  @PostMapping("/{id}/rejection")
  ChangeRequestView reject(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String id,
      @Valid @RequestBody RejectionInput input) {
    return ChangeRequestView.forStaff(
        changeRequests.reject(id, token.getSubject(), input.reason().strip()));
  }
}
