package jp.azukari.auctionstandin.page;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The frame of every HTML page of the stand-in. Each page carries the banner that says this is not
 * the real auction system.
 */
public final class StandinPage {

  /** Shown on every page, in Japanese and English. */
  public static final String BANNER = "テスト用の代替システム / stand-in for the external auction system";

  private StandinPage() {}

  /**
   * A whole page.
   *
   * @param title plain text; escaped here
   * @param body HTML; the caller escapes whatever came from outside
   */
  public static String render(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="UTF-8">
        <meta name="robots" content="noindex">
        <title>%1$s — %2$s</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
        .standin-banner { background: #b00020; color: #fff; padding: .75rem 1rem; font-weight: bold; }
        main { padding: 1rem 1.5rem; max-width: 60rem; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
        code { background: #f3f3f3; padding: 0 .2rem; }
        </style>
        </head>
        <body>
        <div class="standin-banner" role="note">%2$s</div>
        <main>
        <h1>%1$s</h1>
        %3$s
        </main>
        </body>
        </html>
        """
        .formatted(htmlEscape(title), htmlEscape(BANNER), body);
  }
}
