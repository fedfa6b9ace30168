package jp.azukari.inquiry.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What staff write into a template. Keywords steer suggestions (see {@link Suggester}). */
record TemplateContent(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 50) String category,
    @Size(max = 200) String subject,
    @NotBlank @Size(max = 10_000) String body,
    @Size(max = 30) List<@NotBlank @Size(max = 30) String> keywords) {

  TemplateContent {
    keywords =
        keywords == null
            ? List.of()
            : keywords.stream().map(k -> k == null ? null : k.strip()).distinct().toList();
    subject = subject == null || subject.isBlank() ? null : subject;
  }
}
