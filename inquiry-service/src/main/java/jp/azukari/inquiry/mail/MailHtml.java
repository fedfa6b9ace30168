package jp.azukari.inquiry.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML of customer mails, which is hostile input: sanitised against jsoup's relaxed safelist
 * before anyone sees it (no scripts, event handlers, styles, forms, frames, {@code javascript:}
 * links or remote images that would tell the sender the mail was opened), and turned into plain
 * text when a mail has no text part.
 */
final class MailHtml {

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeTags("img")
          .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
          .addEnforcedAttribute("a", "target", "_blank");

  private MailHtml() {}

  /** The HTML with only harmless markup left. */
  static String sanitise(String html) {
    // Parsed as a whole document, so the head (title, styles) never turns into body text.
    return new Cleaner(SAFELIST).clean(Jsoup.parse(html)).body().html();
  }

  /** The text a reader sees, with line breaks where blocks and {@code <br>} are. */
  static String text(String html) {
    var body = Jsoup.parse(html).body();
    var text = new StringBuilder();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.text());
            } else if (node instanceof Element element && element.nameIs("br")) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              text.append('\n');
            }
          }
        });
    return text.toString()
        .replace('\u00A0', ' ')
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
