package jp.azukari.notification.inapp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.platform.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own notification list, always that of the token's subject: another member's
 * notification is not found (404), never shown.
 */
@RestController
@RequestMapping("/api/notifications/me")
@PreAuthorize("hasRole('member')")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  /** One notification as the member web shows it; {@code body} is sanitised HTML or null. */
  record NotificationView(
      String id,
      String kind,
      Map<String, String> title,
      String body,
      String link,
      boolean read,
      Instant createdAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id(), n.kind(), n.title(), n.body(), n.link(), n.readAt() != null, n.createdAt());
    }
  }

  record PageMetadata(int size, int number, long totalElements, long totalPages) {}

  record NotificationPage(List<NotificationView> content, PageMetadata page) {}

  record Count(long count) {}

  @GetMapping
  NotificationPage list(
      @AuthenticationPrincipal Jwt token,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    int number = Paging.page(page);
    int pageSize = Paging.size(size);
    String memberId = token.getSubject();
    long total = notifications.count(memberId);
    return new NotificationPage(
        notifications.page(memberId, number, pageSize).stream().map(NotificationView::of).toList(),
        new PageMetadata(pageSize, number, total, (total + pageSize - 1) / pageSize));
  }

  @GetMapping("/unread-count")
  Count unread(@AuthenticationPrincipal Jwt token) {
    return new Count(notifications.unread(token.getSubject()));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> read(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
    if (!notifications.read(token.getSubject(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such notification.");
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Count readAll(@AuthenticationPrincipal Jwt token) {
    return new Count(notifications.readAll(token.getSubject()));
  }
}
