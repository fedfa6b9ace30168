package jp.azukari.notification.inapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import jp.azukari.notification.segment.Segment;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff messages to all members or a segment, shown in the members' notification lists (and mailed
 * to those of them who receive newsletters, when asked). Accepted at once (202) and delivered in
 * the background; the broadcast tells how far it got.
 */
@RestController
@RequestMapping("/api/notifications/broadcasts")
@PreAuthorize("hasRole('staff')")
class BroadcastController {

  private final Broadcasts broadcasts;

  BroadcastController(Broadcasts broadcasts) {
    this.broadcasts = broadcasts;
  }

  record Publish(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 100_000) String bodyHtml,
      @Valid Segment segment,
      Boolean alsoMail) {}

  record BroadcastView(
      String id,
      String title,
      String bodyHtml,
      Segment segment,
      boolean alsoMail,
      String newsletterId,
      String state,
      long total,
      long delivered,
      Instant createdAt,
      String createdBy,
      Instant finishedAt) {

    static BroadcastView of(Broadcast b) {
      return new BroadcastView(
          b.id(),
          b.title(),
          b.bodyHtml(),
          b.segment(),
          b.alsoMail(),
          b.newsletterId(),
          b.state().name(),
          b.total(),
          b.delivered(),
          b.createdAt(),
          b.createdBy(),
          b.finishedAt());
    }
  }

  @PostMapping
  ResponseEntity<BroadcastView> publish(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody Publish request) {
    String by = token.getClaimAsString("preferred_username");
    Broadcast broadcast =
        broadcasts.publish(
            request.title(),
            request.bodyHtml(),
            request.segment(),
            Boolean.TRUE.equals(request.alsoMail()),
            by == null ? token.getSubject() : by);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/notifications/broadcasts/" + broadcast.id()))
        .body(BroadcastView.of(broadcast));
  }

  @GetMapping
  List<BroadcastView> list() {
    return broadcasts.all().stream().map(BroadcastView::of).toList();
  }

  @GetMapping("/{id}")
  BroadcastView get(@PathVariable String id) {
    Broadcast broadcast = broadcasts.get(id);
    if (broadcast == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such broadcast.");
    }
    return BroadcastView.of(broadcast);
  }
}
