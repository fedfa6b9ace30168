package jp.azukari.item.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** File names of exports, and how a download names its file (RFC 6266 with RFC 5987). */
public final class Downloads {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Downloads() {}

  /**
   * {@code <base>_<yyyyMMdd-HHmmss>.<extension>}, in Japan time; characters that a file system or a
   * header would not take become {@code _}.
   */
  public static String fileName(String base, Instant at, SheetFile file) {
    String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]", "_").strip();
    safe = safe.replaceAll("\\s+", "_");
    if (safe.length() > 80) {
      safe = safe.substring(0, 80);
    }
    return (safe.isEmpty() ? "export" : safe)
        + "_"
        + STAMP.format(at.atZone(Cells.JAPAN))
        + "."
        + file.extension();
  }

  /**
   * {@code attachment} with the name twice: {@code filename*} in UTF-8 (RFC 5987), which browsers
   * use, and a plain ASCII {@code filename} for clients that do not know it.
   */
  public static String contentDisposition(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + percentEncoded(fileName);
  }

  static String asciiFallback(String fileName) {
    var ascii = new StringBuilder(fileName.length());
    fileName
        .codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    return ascii.toString();
  }

  static String percentEncoded(String value) {
    var out = new ByteArrayOutputStream();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTR_CHARS.indexOf(c) >= 0) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
