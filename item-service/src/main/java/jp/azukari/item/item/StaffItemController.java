package jp.azukari.item.item;

import java.net.URI;
import jp.azukari.item.field.Audience;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Every item, for staff: {@code GET /api/items?requestId=&memberId=&q=&listed=&page=&size=&sort=},
 * one item with its {@code ETag}, adding items to any request and changing any field.
 */
@RestController
@RequestMapping("/api/items")
@PreAuthorize("hasRole('staff')")
class StaffItemController {

  private final Items items;
  private final ItemList list;
  private final ItemViews views;

  StaffItemController(Items items, ItemList list, ItemViews views) {
    this.items = items;
    this.list = list;
    this.views = views;
  }

  @GetMapping
  ItemPage list(
      @RequestParam(required = false) String requestId,
      @RequestParam(required = false) String memberId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean listed,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    return list.search(ItemSearch.parse(requestId, memberId, q, listed, page, size, sort));
  }

  @GetMapping("/{itemId}")
  ResponseEntity<ItemView> item(@PathVariable String itemId) {
    return answer(items.item(itemId));
  }

  @PostMapping
  ResponseEntity<ItemView> create(@RequestBody ItemInput input) {
    Item item = items.createForStaff(input.requestId(), input.values());
    return ResponseEntity.created(URI.create("/api/items/" + item.id()))
        .eTag(IfMatch.etag(item))
        .body(views.of(item, Audience.STAFF));
  }

  @PatchMapping("/{itemId}")
  ResponseEntity<ItemView> change(
      @PathVariable String itemId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody ItemInput input) {
    return answer(items.changeForStaff(itemId, ifMatch, input.values()));
  }

  private ResponseEntity<ItemView> answer(Item item) {
    return ResponseEntity.ok().eTag(IfMatch.etag(item)).body(views.of(item, Audience.STAFF));
  }
}
