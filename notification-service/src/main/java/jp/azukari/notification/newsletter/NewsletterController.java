package jp.azukari.notification.newsletter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import jp.azukari.notification.segment.Segment;
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
 * Staff compose newsletters, send them now or at a time, and follow, pause, resume or cancel their
 * sending. Only members who did not opt out receive them.
 */
@RestController
@RequestMapping("/api/notifications/newsletters")
@PreAuthorize("hasRole('staff')")
class NewsletterController {

  private final Newsletters newsletters;

  NewsletterController(Newsletters newsletters) {
    this.newsletters = newsletters;
  }

  record Compose(
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = 200_000) String html,
      @Size(max = 200_000) String text,
      @Valid Segment segment,
      Instant scheduledAt) {}

  record Preview(@NotBlank @Size(max = 200_000) String html) {}

  record PreviewView(String html, String text) {}

  record NewsletterView(
      String id,
      String subject,
      String html,
      String text,
      Segment segment,
      String broadcastId,
      String state,
      Instant scheduledAt,
      long total,
      long sent,
      long failed,
      Instant createdAt,
      String createdBy,
      Instant startedAt,
      Instant finishedAt) {

    static NewsletterView of(Newsletter n) {
      return new NewsletterView(
          n.id(),
          n.subject(),
          n.html(),
          n.text(),
          n.segment(),
          n.broadcastId(),
          n.state().name(),
          n.scheduledAt(),
          n.total(),
          n.sent(),
          n.failed(),
          n.createdAt(),
          n.createdBy(),
          n.startedAt(),
          n.finishedAt());
    }
  }

  @PostMapping
  ResponseEntity<NewsletterView> compose(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody Compose request) {
    Newsletter created =
        newsletters.compose(
            request.subject(),
            request.html(),
            request.text(),
            request.segment(),
            request.scheduledAt(),
            staffName(token));
    return ResponseEntity.created(URI.create("/api/notifications/newsletters/" + created.id()))
        .body(NewsletterView.of(created));
  }

  /** The HTML as members will see it (sanitised) and the text made from it. */
  @PostMapping("/preview")
  PreviewView preview(@Valid @RequestBody Preview request) {
    String safe = SafeHtml.sanitise(request.html());
    return new PreviewView(safe, SafeHtml.text(safe));
  }

  @GetMapping
  List<NewsletterView> list() {
    return newsletters.all().stream().map(NewsletterView::of).toList();
  }

  @GetMapping("/{id}")
  NewsletterView get(@PathVariable String id) {
    return NewsletterView.of(newsletters.get(id));
  }

  @PostMapping("/{id}/send")
  NewsletterView send(@PathVariable String id) {
    return NewsletterView.of(newsletters.send(id));
  }

  @PostMapping("/{id}/pause")
  NewsletterView pause(@PathVariable String id) {
    return NewsletterView.of(newsletters.pause(id));
  }

  @PostMapping("/{id}/resume")
  NewsletterView resume(@PathVariable String id) {
    return NewsletterView.of(newsletters.resume(id));
  }

  @PostMapping("/{id}/cancel")
  NewsletterView cancel(@PathVariable String id) {
    return NewsletterView.of(newsletters.cancel(id));
  }

  static String staffName(Jwt token) {
    String name = token.getClaimAsString("preferred_username");
    return name == null ? token.getSubject() : name;
  }
}
