package jp.azukari.auctionstandin.sso;

import jp.azukari.auctionstandin.page.StandinPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sso?token=...}: where the gateway sends a logged-in member so that they need not log
 * in again on the auction site. Verifying the signed hand-off comes later; until then the page says
 * so and logs nobody in. The token is a credential: it is never echoed back, and the page is
 * neither cached nor leaked through the Referer header.
 */
@RestController
class SsoLandingController {

  static final String NOT_CONFIGURED = "SSO hand-off not configured yet";

  @GetMapping(path = "/sso", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> landing(@RequestParam(required = false) String token) {
    String received =
        token == null || token.isBlank()
            ? "No hand-off token was given."
            : "A hand-off token was received (%d characters); it was not checked."
                .formatted(token.length());
    String body =
        """
        <p>%s</p>
        <p>This stand-in does not verify Azukari's signed hand-off yet, so nobody is logged in
        here. シングルサインオンの引き継ぎはまだ設定されていません。</p>
        <p><a href="/">Start page of the stand-in</a></p>
        """
            .formatted(received);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .body(StandinPage.render(NOT_CONFIGURED, body));
  }
}
