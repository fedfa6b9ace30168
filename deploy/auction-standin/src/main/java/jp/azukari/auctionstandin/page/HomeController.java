package jp.azukari.auctionstandin.page;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.stream.Collectors;
import jp.azukari.auctionstandin.feed.Listing;
import jp.azukari.auctionstandin.feed.ListingBook;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: what this application is, what it offers, and the listings it holds. */
@RestController
class HomeController {

  private final ListingBook book;

  HomeController(ListingBook book) {
    this.book = book;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home() {
    return StandinPage.render("Auction stand-in", EXPLANATION + listingsTable(book.all()));
  }

  private static final String EXPLANATION =
      """
      <p>This application plays the <strong>external auction system</strong> that Azukari links to
      but does not own. It is for local use and automated tests only; nothing here is real, and
      its listings live in memory until it stops.</p>
      <p>このアプリケーションは、Azukari が連携する外部オークションシステムの代わりをする\
      テスト用のものです。本物のオークションではありません。</p>
      <h2>What it offers</h2>
      <ul>
      <li><code>GET /sso?token=…</code> — landing page of the SSO hand-off from Azukari: checks       the gateway's signed token and signs the member in here; <code>GET /mypage</code> then       shows the member's own listings and bids.</li>
      <li><code>GET /api/feed?since=&lt;cursor&gt;&amp;limit=&lt;n&gt;</code> — price feed:
      listings changed after the cursor, oldest change first, and the next cursor.</li>
      <li><code>POST /api/admin/listings</code> — add or update a listing (JSON); \
      <code>GET /api/admin/listings</code> lists them all.</li>
      <li><code>GET /actuator/health</code> — health, with <code>/readiness</code> and \
      <code>/liveness</code> probes.</li>
      </ul>
      """;

  private static String listingsTable(List<Listing> listings) {
    if (listings.isEmpty()) {
      return "<h2>Listings</h2><p>No listings yet.</p>";
    }
    String rows =
        listings.stream()
            .map(
                l ->
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%,d</td><td>%s</td><td>%s</td><td>%d</td></tr>"
                        .formatted(
                            htmlEscape(l.auctionId()),
                            htmlEscape(l.itemRef()),
                            l.listedAt(),
                            l.currentBid(),
                            l.endsAt(),
                            l.hammerPrice() == null ? "—" : "%,d".formatted(l.hammerPrice()),
                            l.sequence()))
            .collect(Collectors.joining("\n"));
    return """
        <h2>Listings</h2>
        <table>
        <thead><tr><th>auctionId</th><th>itemRef</th><th>listedAt</th><th>currentBid (¥)</th>\
        <th>endsAt</th><th>hammerPrice (¥)</th><th>sequence</th></tr></thead>
        <tbody>
        %s
        </tbody>
        </table>
        """
        .formatted(rows);
  }
}
