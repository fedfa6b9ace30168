package jp.azukari.auctionstandin.feed;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets tests and people play the auction site: list an item, raise a bid, knock it down. There is
 * no authentication; the stand-in never runs anywhere real members could reach it.
 */
@RestController
class AdminListingController {

  private final ListingBook book;

  AdminListingController(ListingBook book) {
    this.book = book;
  }

  @PostMapping("/api/admin/listings")
  ResponseEntity<Listing> upsert(@RequestBody ListingUpsert request) {
    ListingBook.Upserted result = book.upsert(request);
    return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(result.listing());
  }

  @GetMapping("/api/admin/listings")
  List<Listing> all() {
    return book.all();
  }
}
