package jp.azukari.item.photo;

import java.net.URI;
import jp.azukari.item.item.Item;
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

/**
 * Photos of a member's own items, taken with the phone. Another member's item or photo is answered
 * exactly like one that does not exist (404); photos are added and deleted only while the request
 * is open.
 */
@RestController
@RequestMapping("/api/items/me/{itemId}/photos")
@PreAuthorize("hasRole('member')")
class MemberPhotoController {

  private final Items items;
  private final ItemPhotos photos;

  MemberPhotoController(Items items, ItemPhotos photos) {
    this.items = items;
    this.photos = photos;
  }

  /** The photo as multipart form data, {@code file}; its content decides its type. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PhotoView> upload(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    Item item = items.ownItem(token.getSubject(), itemId);
    items.checkMemberMayChange(item);
    var photo = photos.upload(item, file, token.getSubject());
    return ResponseEntity.created(URI.create("/api/items/me/" + itemId + "/photos/" + photo.id()))
        .body(PhotoView.of(photo));
  }

  @GetMapping("/{photoId}")
  ResponseEntity<InputStreamResource> content(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @PathVariable String photoId) {
    return PhotoContentResponse.of(
        photos.content(items.ownItem(token.getSubject(), itemId), photoId));
  }

  @DeleteMapping("/{photoId}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @PathVariable String photoId) {
    Item item = items.ownItem(token.getSubject(), itemId);
    items.checkMemberMayChange(item);
    photos.delete(item, photoId);
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }
}
