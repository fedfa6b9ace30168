package jp.azukari.inquiry.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a MIME message as it came from the mailbox into an {@link InboundMail}: headers decoded
 * (RFC 2047 encoded words, also the non-standard encoded file names Japanese mailers send), bodies
 * decoded from whatever charset they declare (ISO-2022-JP with the vendor characters Japanese
 * senders use), the text and HTML parts found in nested multiparts, the HTML sanitised and turned
 * into text when there is no text part, and the attachments handed to an {@link AttachmentSink}.
 * Names and subjects lose line breaks and control characters, so they can never inject a header
 * into a mail built from them.
 */
final class MimeMailReader {

  /** Stores or refuses one attachment. */
  interface AttachmentSink {

    /**
     * @param part the attachment's position in the message, stable across redeliveries
     * @return the kept attachment, or the reason it was refused
     */
    Object accept(String messageId, int part, String fileName, String declaredType, InputStream in)
        throws IOException;
  }

  /** The largest body text read; the rest of a larger body is cut off. */
  private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final int MAX_DEPTH = 12;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

  /** An encoded word: charset (an RFC 2231 language suffix ignored), encoding, text. */
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?\\s*]+)(?:\\*[^?]*)?\\?([BbQq])\\?([^?\\s]*)\\?=");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  /** Japanese charsets as labelled in mails, and the supersets that decode what senders mean. */
  private static final Map<String, String> CHARSET_SUPERSETS =
      Map.of(
          "iso-2022-jp", "x-windows-iso2022jp",
          "shift_jis", "windows-31j",
          "sjis", "windows-31j",
          "x-sjis", "windows-31j",
          "euc-jp", "x-eucJP-Open");

  private MimeMailReader() {}

  /**
   * @param fallbackMessageId the id of a mail without a Message-ID, stable across redeliveries
   * @param receivedAt when the mailbox received it (IMAP INTERNALDATE), or {@code null}
   */
  static InboundMail read(
      MimeMessage message, String fallbackMessageId, Instant receivedAt, AttachmentSink sink)
      throws MessagingException, IOException {
    String messageId = firstId(message.getHeader("Message-ID", null));
    if (messageId == null) {
      messageId = fallbackMessageId;
    }
    var body = new Body();
    walk(message, messageId, sink, body, 0);
    String html = body.html.isEmpty() ? null : MailHtml.sanitise(String.join("\n", body.html));
    String text =
        !body.text.isEmpty()
            ? String.join("\n\n", body.text)
            : html == null ? "" : MailHtml.text(html);
    InternetAddress from = sender(message);
    return new InboundMail(
        messageId,
        firstId(message.getHeader("In-Reply-To", null)),
        ids(message.getHeader("References", null)),
        from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
        from == null ? null : oneLine(from.getPersonal()),
        oneLine(decode(message.getHeader("Subject", null))),
        text.replace("\r\n", "\n").stripTrailing(),
        html,
        body.attachments,
        receivedAt != null ? receivedAt : receivedAt(message),
        body.refused);
  }

  private static void walk(Part part, String messageId, AttachmentSink sink, Body body, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i), messageId, sink, body, depth + 1);
      }
      return;
    }
    if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part forwarded) {
      // A forwarded mail: its text and attachments belong to what the customer sent.
      walk(forwarded, messageId, sink, body, depth + 1);
      return;
    }
    boolean attached =
        Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
    if (!attached && part.isMimeType("text/plain")) {
      body.text.add(text(part));
    } else if (!attached && part.isMimeType("text/html")) {
      body.html.add(text(part));
    } else {
      String name = fileName(part);
      String declared = baseType(part);
      try (InputStream in = part.getInputStream()) {
        Object result =
            sink.accept(
                messageId, body.nextPart++, name == null ? "attachment" : name, declared, in);
        if (result instanceof InboundMail.Attachment kept) {
          body.attachments.add(kept);
        } else if (result instanceof InboundMail.RefusedAttachment refused) {
          body.refused.add(refused);
        }
      }
    }
  }

  /** A text part's content, decoded from its declared charset (UTF-8 when unknown). */
  static String text(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES);
    }
    // Malformed or unmappable bytes become U+FFFD instead of failing the whole mail.
    return new String(bytes, charset(part));
  }

  private static Charset charset(Part part) {
    try {
      return charsetNamed(new ContentType(part.getContentType()).getParameter("charset"));
    } catch (MessagingException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The charset a mail names, or a superset of it; UTF-8 when it names none Java knows. */
  private static Charset charsetNamed(String declared) {
    if (declared == null || declared.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      String name = MimeUtility.javaCharset(declared.strip());
      String superset = CHARSET_SUPERSETS.get(name.toLowerCase(Locale.ROOT));
      if (superset != null && Charset.isSupported(superset)) {
        return Charset.forName(superset);
      }
      return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException malformed) {
      return null;
    }
  }

  private static String fileName(Part part) {
    try {
      String name = part.getFileName();
      if (name == null || name.isBlank()) {
        return null;
      }
      return safeFileName(decode(name));
    } catch (MessagingException malformed) {
      return null;
    }
  }

  /** A file name to show, never a path: no separators, controls or leading dots. */
  static String safeFileName(String name) {
    String cleaned =
        CONTROL
            .matcher(name)
            .replaceAll("")
            .replaceAll(".*[/\\\\]", "")
            .replaceAll("^\\.+", "")
            .strip();
    if (cleaned.isEmpty()) {
      return "attachment";
    }
    return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static InternetAddress sender(MimeMessage message) {
    try {
      Address[] from = message.getFrom();
      if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
        return null;
      }
      String plain = address.getAddress();
      if (plain == null || CONTROL.matcher(plain).find()) {
        return null;
      }
      new InternetAddress(plain, true).validate();
      return address;
    } catch (MessagingException malformed) {
      return null;
    }
  }

  private static Instant receivedAt(MimeMessage message) throws MessagingException {
    if (message.getReceivedDate() != null) {
      return message.getReceivedDate().toInstant();
    }
    if (message.getSentDate() != null) {
      return message.getSentDate().toInstant();
    }
    return Instant.now();
  }

  /**
   * Encoded words (RFC 2047) decoded. Adjacent words of one charset are decoded together, because
   * senders split a multi-byte character (or an ISO-2022-JP escape sequence) across two words;
   * whitespace between encoded words is dropped as the RFC says. A word that cannot be decoded
   * stays as it is.
   */
  static String decode(String header) {
    if (header == null) {
      return "";
    }
    String unfolded = MimeUtility.unfold(header);
    var out = new StringBuilder();
    var matcher = ENCODED_WORD.matcher(unfolded);
    int last = 0;
    String charset = null;
    var bytes = new ByteArrayOutputStream();
    while (matcher.find()) {
      String between = unfolded.substring(last, matcher.start());
      boolean adjacent = charset != null && between.isBlank();
      if (!adjacent || !charset.equalsIgnoreCase(matcher.group(1))) {
        flush(out, bytes, charset);
        charset = null;
        if (!adjacent) {
          out.append(between);
        }
      }
      byte[] word = wordBytes(matcher.group(2), matcher.group(3));
      if (word == null) {
        flush(out, bytes, charset);
        charset = null;
        out.append(matcher.group());
      } else {
        charset = matcher.group(1);
        bytes.writeBytes(word);
      }
      last = matcher.end();
    }
    flush(out, bytes, charset);
    out.append(unfolded.substring(last));
    return out.toString();
  }

  private static byte[] wordBytes(String encoding, String text) {
    try {
      if (encoding.equalsIgnoreCase("B")) {
        return Base64.getMimeDecoder().decode(text);
      }
      var bytes = new ByteArrayOutputStream();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '_') {
          bytes.write(' ');
        } else if (c == '=' && i + 2 < text.length()) {
          bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.write(c);
        }
      }
      return bytes.toByteArray();
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private static void flush(StringBuilder out, ByteArrayOutputStream bytes, String charset) {
    if (charset == null || bytes.size() == 0) {
      bytes.reset();
      return;
    }
    out.append(new String(bytes.toByteArray(), charsetNamed(charset)));
    bytes.reset();
  }

  /** A single line: line breaks and other control characters become a space. */
  static String oneLine(String value) {
    if (value == null) {
      return null;
    }
    return CONTROL.matcher(value).replaceAll(" ").replaceAll(" {2,}", " ").strip();
  }

  private static String firstId(String header) {
    List<String> ids = ids(header);
    return ids.isEmpty() ? null : ids.getFirst();
  }

  private static List<String> ids(String header) {
    if (header == null) {
      return List.of();
    }
    var ids = new ArrayList<String>();
    var matcher = MESSAGE_ID.matcher(MimeUtility.unfold(header));
    while (matcher.find() && ids.size() < 100) {
      ids.add(matcher.group());
    }
    return ids;
  }

  /** What the walk over the parts found. */
  private static final class Body {
    final List<String> text = new ArrayList<>();
    final List<String> html = new ArrayList<>();
    final List<InboundMail.Attachment> attachments = new ArrayList<>();
    final List<InboundMail.RefusedAttachment> refused = new ArrayList<>();
    int nextPart;
  }
}
