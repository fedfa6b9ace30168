package jp.azukari.item.photo;

import java.net.URI;
import jp.azukari.item.item.ItemView.PhotoView;
import jp.azukari.item.item.Items;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos of any item, for staff: listing photos taken in the shop, and the members' ones. */
@RestController
@RequestMapping("/api/items/{itemId}/photos")
@PreAuthorize("hasRole('staff')")
class StaffPhotoController {

  private final Items items;
  private final ItemPhotos photos;

  StaffPhotoController(Items items, ItemPhotos photos) {
    this.items = items;
    this.photos = photos;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PhotoView> upload(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    var photo = photos.upload(items.item(itemId), file, token.getSubject());
    return ResponseEntity.created(URI.create("/api/items/" + itemId + "/photos/" + photo.id()))
        .body(PhotoView.of(photo));
  }

  @GetMapping("/{photoId}")
  ResponseEntity<InputStreamResource> content(
      @PathVariable String itemId, @PathVariable String photoId) {
    return PhotoContentResponse.of(photos.content(items.item(itemId), photoId));
  }

  @DeleteMapping("/{photoId}")
  ResponseEntity<Void> delete(@PathVariable String itemId, @PathVariable String photoId) {
    photos.delete(items.item(itemId), photoId);
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }
}
