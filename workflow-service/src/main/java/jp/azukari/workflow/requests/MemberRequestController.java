package jp.azukari.workflow.requests;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own requests. Always those of the token's subject: no path, query or body value can
 * name another member, and another member's request is answered 404 like one that does not exist.
 */
@RestController
@RequestMapping("/api/requests/me")
@PreAuthorize("hasRole('member')")
class MemberRequestController {

  private final Requests requests;
  private final RequestViews views;

  MemberRequestController(Requests requests, RequestViews views) {
    this.requests = requests;
    this.views = views;
  }

  @PostMapping
  ResponseEntity<MemberRequestView> start(
      @AuthenticationPrincipal Jwt token,
      @Valid @RequestBody RequestInputs.MemberRequestInput input) {
    Request request =
        requests.startByMember(token.getSubject(), input.kitCount(), blankToNull(input.note()));
    return ResponseEntity.created(URI.create("/api/requests/me/" + request.id()))
        .body(views.memberView(request));
  }

  @GetMapping
  List<MemberRequestView> ownRequests(@AuthenticationPrincipal Jwt token) {
    return views.memberViews(requests.own(token.getSubject()));
  }

  @GetMapping("/{id}")
  MemberRequestView ownRequest(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
    return views.memberView(requests.own(token.getSubject(), id));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
