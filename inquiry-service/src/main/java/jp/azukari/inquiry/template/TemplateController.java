package jp.azukari.inquiry.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reply templates for staff: the team keeps them together (any staff member edits, naming the
 * version they edited), gets suggestions for an inquiry and fills one for its customer.
 */
@RestController
@PreAuthorize("hasRole('staff')")
class TemplateController {

  /** The inquiry's text as the reply box shows it; the stored subject when none is sent. */
  record SuggestionInput(
      String inquiryId, @Size(max = 1000) String subject, @Size(max = 20_000) String body) {}

  private final Templates templates;

  TemplateController(Templates templates) {
    this.templates = templates;
  }

  @GetMapping("/api/inquiries/templates")
  List<TemplateView> list(@RequestParam(required = false) String category) {
    return templates.list(category).stream().map(TemplateView::of).toList();
  }

  @GetMapping("/api/inquiries/templates/{id}")
  ResponseEntity<TemplateView> get(@PathVariable String id) {
    return answer(HttpStatus.OK, templates.get(id));
  }

  @PostMapping("/api/inquiries/templates")
  ResponseEntity<TemplateView> create(@Valid @RequestBody TemplateContent content) {
    return answer(HttpStatus.CREATED, templates.create(content));
  }

  @PutMapping("/api/inquiries/templates/{id}")
  ResponseEntity<TemplateView> edit(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody TemplateContent content) {
    return answer(HttpStatus.OK, templates.edit(id, ifMatch, content));
  }

  @DeleteMapping("/api/inquiries/templates/{id}")
  ResponseEntity<Void> remove(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    templates.remove(id, ifMatch);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/inquiries/{inquiryId}/template-suggestions")
  List<Suggester.Suggestion> suggestionsFor(
      @PathVariable String inquiryId,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String body) {
    return templates.suggest(inquiryId, subject, body);
  }

  /** The same, for a long body (the reply box sends the customer's message). */
  @PostMapping("/api/inquiries/template-suggestions")
  List<Suggester.Suggestion> suggestions(@Valid @RequestBody SuggestionInput input) {
    return templates.suggest(input.inquiryId(), input.subject(), input.body());
  }

  @PostMapping("/api/inquiries/{inquiryId}/templates/{templateId}/render")
  RenderedTemplate render(@PathVariable String inquiryId, @PathVariable String templateId) {
    return templates.render(inquiryId, templateId);
  }

  private static ResponseEntity<TemplateView> answer(HttpStatus status, ReplyTemplate template) {
    return ResponseEntity.status(status)
        .eTag(IfMatch.etag(template))
        .body(TemplateView.of(template));
  }
}
