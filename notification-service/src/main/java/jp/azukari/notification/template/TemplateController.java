package jp.azukari.notification.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mail templates for admins: {@code GET /api/notifications/templates} lists them with their
 * placeholders; {@code GET/PUT .../{kind}/{language}} reads one (with its {@code ETag}) and saves
 * one ({@code If-Match}), refusing unknown placeholders and templates that do not compile; {@code
 * POST .../preview} renders a draft with sample data; {@code POST .../test-send} mails the saved
 * template with sample data to the admin (or {@code to}); {@code DELETE} puts it back to the
 * shipped default.
 */
@RestController
@RequestMapping("/api/notifications/templates")
@PreAuthorize("hasRole('admin')")
class TemplateController {

  private final TemplateAdmin admin;

  TemplateController(TemplateAdmin admin) {
    this.admin = admin;
  }

  /** A template as the console shows it. */
  record TemplateView(
      String kind,
      String language,
      String subject,
      String text,
      String html,
      List<Placeholder> placeholders,
      Instant updatedAt,
      String updatedBy,
      Long version) {

    static TemplateView of(MailTemplate template) {
      var parts = template.parts();
      return new TemplateView(
          template.kind(),
          template.language(),
          parts.subject(),
          parts.text(),
          parts.html(),
          MailKinds.find(template.kind()).orElseThrow().placeholders(),
          template.updatedAt(),
          template.updatedBy(),
          template.version());
    }
  }

  /** A template as an admin writes it. */
  record TemplateInput(
      @NotNull @Size(max = 500) String subject,
      @NotNull @Size(max = 50_000) String text,
      @NotNull @Size(max = 100_000) String html) {

    TemplateParts parts() {
      return new TemplateParts(subject, text, html);
    }
  }

  /** Where a test mail goes; the admin's own address when empty. */
  record TestSendInput(@Email @Size(max = 254) String to) {}

  @GetMapping
  List<TemplateView> all() {
    return admin.all().stream().map(TemplateView::of).toList();
  }

  @GetMapping("/{kind}/{language}")
  ResponseEntity<TemplateView> one(@PathVariable String kind, @PathVariable String language) {
    MailTemplate template = admin.one(kind, language);
    return ResponseEntity.ok().eTag(IfMatch.etag(template)).body(TemplateView.of(template));
  }

  @PutMapping("/{kind}/{language}")
  ResponseEntity<TemplateView> save(
      @PathVariable String kind,
      @PathVariable String language,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody TemplateInput input) {
    MailTemplate saved = admin.save(kind, language, ifMatch, input.parts());
    return ResponseEntity.ok().eTag(IfMatch.etag(saved)).body(TemplateView.of(saved));
  }

  @PostMapping("/{kind}/{language}/preview")
  RenderedMail preview(
      @PathVariable String kind,
      @PathVariable String language,
      @Valid @RequestBody TemplateInput draft) {
    return admin.preview(kind, language, draft.parts());
  }

  @PostMapping("/{kind}/{language}/test-send")
  ResponseEntity<Map<String, String>> testSend(
      @PathVariable String kind,
      @PathVariable String language,
      @AuthenticationPrincipal Jwt jwt,
      @Valid @RequestBody(required = false) TestSendInput input) {
    String to =
        input != null && input.to() != null && !input.to().isBlank()
            ? input.to()
            : jwt.getClaimAsString("email");
    String deliveryId = admin.testSend(kind, language, to);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(Map.of("deliveryId", deliveryId, "to", to));
  }

  @DeleteMapping("/{kind}/{language}")
  ResponseEntity<TemplateView> reset(
      @PathVariable String kind,
      @PathVariable String language,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    MailTemplate reset = admin.reset(kind, language, ifMatch);
    return ResponseEntity.ok().eTag(IfMatch.etag(reset)).body(TemplateView.of(reset));
  }
}
