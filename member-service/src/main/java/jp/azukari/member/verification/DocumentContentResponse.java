package jp.azukari.member.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import jp.azukari.member.verification.IdentityDocuments.DocumentContent;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document's content as an answer: the detected type (never the one the uploader declared), shown
 * in place rather than downloaded, never sniffed into something else by the browser and never kept
 * in a shared cache.
 */
final class DocumentContentResponse {

  private DocumentContentResponse() {}

  static ResponseEntity<InputStreamResource> of(DocumentContent content) {
    IdentityDocument document = content.document();
    try {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(document.type().mediaType()))
          .contentLength(document.size())
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline()
                  .filename("document-" + document.id() + "." + document.type().extension())
                  .build()
                  .toString())
          .header("X-Content-Type-Options", "nosniff")
          .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
          .body(new InputStreamResource(content.resource().getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
