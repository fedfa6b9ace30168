package jp.azukari.item.item;

import java.net.URI;
import java.util.List;
import jp.azukari.item.field.Audience;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own items (MemberItemView). Always those of the token's subject: an item or request id
 * of another member is answered exactly like one that does not exist (404).
 */
@RestController
@RequestMapping("/api/items/me")
@PreAuthorize("hasRole('member')")
class MemberItemController {

  private final Items items;
  private final ItemViews views;

  MemberItemController(Items items, ItemViews views) {
    this.items = items;
    this.views = views;
  }

  @GetMapping
  List<ItemView> list(
      @AuthenticationPrincipal Jwt token, @RequestParam(required = false) String requestId) {
    return views.of(items.ownItems(token.getSubject(), requestId), Audience.MEMBER);
  }

  @GetMapping("/{itemId}")
  ResponseEntity<ItemView> item(@AuthenticationPrincipal Jwt token, @PathVariable String itemId) {
    return answer(items.ownItem(token.getSubject(), itemId));
  }

  @PostMapping
  ResponseEntity<ItemView> create(
      @AuthenticationPrincipal Jwt token, @RequestBody ItemInput input) {
    Item item = items.createForMember(token.getSubject(), input.requestId(), input.values());
    return ResponseEntity.created(URI.create("/api/items/me/" + item.id()))
        .eTag(IfMatch.etag(item))
        .body(views.of(item, Audience.MEMBER));
  }

  @PatchMapping("/{itemId}")
  ResponseEntity<ItemView> change(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody ItemInput input) {
    return answer(items.changeForMember(token.getSubject(), itemId, ifMatch, input.values()));
  }

  @DeleteMapping("/{itemId}")
  ResponseEntity<Void> remove(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String itemId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    items.removeForMember(token.getSubject(), itemId, ifMatch);
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }

  private ResponseEntity<ItemView> answer(Item item) {
    return ResponseEntity.ok().eTag(IfMatch.etag(item)).body(views.of(item, Audience.MEMBER));
  }
}
