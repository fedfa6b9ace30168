package jp.azukari.notification.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Staff-written HTML (broadcasts, newsletters) reduced to what is safe to show in the member web
 * and in mail clients, with jsoup's allow-list cleaner: text formatting, lists, headings, tables,
 * links (http, https, mailto; opened without handing over the page) and https/http images; no
 * scripts, styles, event handlers, forms or frames.
 */
public final class SafeHtml {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeTags("img")
          .addTags("img", "hr", "span")
          .addAttributes("img", "src", "alt", "width", "height")
          .addProtocols("img", "src", "https", "http")
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
          .addEnforcedAttribute("a", "target", "_blank");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private SafeHtml() {}

  /** The HTML with everything not allowed removed; {@code null} stays {@code null}. */
  public static String sanitise(String html) {
    if (html == null) {
      return null;
    }
    return Jsoup.clean(html, "", ALLOWED, OUTPUT);
  }

  /** The HTML's text, for a plain-text part written by nobody. */
  public static String text(String html) {
    return html == null ? null : Jsoup.parse(html).wholeText().strip();
  }
}
