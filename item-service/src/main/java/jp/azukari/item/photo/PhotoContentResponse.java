package jp.azukari.item.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import jp.azukari.item.item.Photo;
import jp.azukari.item.photo.ItemPhotos.PhotoContent;
import jp.azukari.platform.upload.FileType;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A photo's content as an answer: the detected type (never the one the uploader declared), shown in
 * place, never sniffed into something else by the browser and never kept in a shared cache.
 */
final class PhotoContentResponse {

  private PhotoContentResponse() {}

  static ResponseEntity<InputStreamResource> of(PhotoContent content) {
    Photo photo = content.photo();
    String extension =
        FileType.ofMediaType(photo.contentType()).map(FileType::extension).orElse("bin");
    try {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(photo.contentType()))
          .contentLength(photo.size())
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline()
                  .filename("photo-" + photo.id() + "." + extension)
                  .build()
                  .toString())
          .header("X-Content-Type-Options", "nosniff")
          .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
          .body(new InputStreamResource(content.resource().getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
