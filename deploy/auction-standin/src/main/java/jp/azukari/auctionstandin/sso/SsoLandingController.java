package jp.azukari.auctionstandin.sso;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import jp.azukari.auctionstandin.feed.Listing;
import jp.azukari.auctionstandin.feed.ListingBook;
import jp.azukari.auctionstandin.page.StandinPage;
import jp.azukari.auctionstandin.sso.HandOffRefused.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sso?token=...}: where the gateway sends a logged-in member so that they need not log
 * in again on the auction site. A token that verifies starts the stand-in's own session (a new one,
 * so no session id chosen beforehand survives) and sends the browser on to {@code /mypage}, so the
 * token leaves the address bar and a reload keeps the member signed in through the session cookie.
 * A token that does not verify ends any session and answers 401 with the reason. The token is a
 * credential: it is never echoed back, and no page is cached or leaks it through the Referer
 * header.
 */
@RestController
class SsoLandingController {

  static final String MEMBER = SsoLandingController.class.getName() + ".member";
  static final String MY_PAGE = "/mypage";
  private static final Logger log = LoggerFactory.getLogger(SsoLandingController.class);

  private final HandOffVerifier verifier;
  private final ListingBook book;

  SsoLandingController(HandOffVerifier verifier, ListingBook book) {
    this.verifier = verifier;
    this.book = book;
  }

  @GetMapping(path = "/sso", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> landing(
      @RequestParam(required = false) String token, HttpServletRequest request) {
    endSession(request);
    try {
      String memberId = verifier.memberOf(token);
      request.getSession(true).setAttribute(MEMBER, memberId);
      log.info("Member {} signed in through the SSO hand-off", memberId);
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create(MY_PAGE))
          .cacheControl(CacheControl.noStore())
          .header("Referrer-Policy", "no-referrer")
          .build();
    } catch (HandOffRefused refused) {
      log.info("SSO hand-off refused: {}", refused.reason());
      return refusal(refused.reason());
    }
  }

  @GetMapping(path = MY_PAGE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> myPage(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object memberId = session == null ? null : session.getAttribute(MEMBER);
    if (!(memberId instanceof String member)) {
      return page(
          HttpStatus.UNAUTHORIZED,
          "Not signed in",
          "<p>Nobody is signed in here. Open the auction from the Azukari member site.</p>"
              + "<p>ログインしていません。Azukari の会員サイトからオークションを開いてください。</p>");
    }
    return page(
        HttpStatus.OK,
        "My auctions",
        """
        <p class="signed-in">Signed in as member <strong>%s</strong> \
        (会員 %s としてログイン中)</p>
        %s
        """
            .formatted(htmlEscape(member), htmlEscape(member), listings(book.ofMember(member))));
  }

  private static ResponseEntity<String> refusal(Reason reason) {
    HttpStatus status =
        reason == Reason.KEYS_UNAVAILABLE
            ? HttpStatus.SERVICE_UNAVAILABLE
            : HttpStatus.UNAUTHORIZED;
    return page(
        status,
        "Sign-in refused",
        """
        <p class="refusal">%s</p>
        <p>ログインできませんでした。Azukari の会員サイトからもう一度オークションを開いてください。</p>
        <p>Nobody is signed in. <a href="/">Start page of the stand-in</a></p>
        """
            .formatted(htmlEscape(reason.message)));
  }

  private static void endSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .body(StandinPage.render(title, body));
  }

  private static String listings(List<Listing> listings) {
    if (listings.isEmpty()) {
      return "<h2>Your listings and bids</h2><p>You have no listings yet.</p>";
    }
    String rows =
        listings.stream()
            .map(
                l ->
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%,d</td><td>%s</td><td>%s</td></tr>"
                        .formatted(
                            htmlEscape(l.auctionId()),
                            htmlEscape(l.itemRef()),
                            l.listedAt(),
                            l.currentBid(),
                            l.endsAt(),
                            l.hammerPrice() == null ? "—" : "%,d".formatted(l.hammerPrice())))
            .collect(Collectors.joining("\n"));
    return """
        <h2>Your listings and bids</h2>
        <table>
        <thead><tr><th>auctionId</th><th>itemRef</th><th>listedAt</th><th>currentBid (¥)</th>\
        <th>endsAt</th><th>hammerPrice (¥)</th></tr></thead>
        <tbody>
        %s
        </tbody>
        </table>
        """
        .formatted(rows);
  }
}
