package jp.azukari.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file types an upload may have, recognised by their first bytes (magic numbers), never by the
 * file name or the content type a client declares: a text file named {@code .jpg} is no image, and
 * a PDF named {@code .jpg} is a PDF. Each service names the types it allows.
 */
public enum FileType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  HEIC("image/heic", "heic"),
  HEIF("image/heif", "heif"),
  PDF("application/pdf", "pdf");

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int HEAD_LENGTH = 16;

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /** ISO base media major brands of HEVC-coded HEIF images (what iPhones save). */
  private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");

  /** Major brands of HEIF images with any coding. */
  private static final Set<String> HEIF_BRANDS = Set.of("mif1", "heif");

  private final String mediaType;
  private final String extension;

  FileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The extension of the name the content is stored and served under; never the uploaded name's.
   */
  public String extension() {
    return extension;
  }

  /** The type whose media type this is, e.g. from stored metadata. */
  public static Optional<FileType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
  }

  /**
   * The type the content's first bytes prove, if it is one of the allowed ones.
   *
   * @param head the first bytes of the content, at most {@link #HEAD_LENGTH} are looked at; fewer
   *     when the content is shorter
   * @param allowed the types the caller accepts
   */
  public static Optional<FileType> sniff(byte[] head, Set<FileType> allowed) {
    return sniff(head).filter(allowed::contains);
  }

  /**
   * The type the first bytes of a stream prove, if it is one of the allowed ones, leaving the
   * stream where it was.
   *
   * @param in a stream that supports {@link InputStream#mark mark}, e.g. a buffered one
   */
  public static Optional<FileType> sniff(InputStream in, Set<FileType> allowed) throws IOException {
    if (!in.markSupported()) {
      throw new IllegalArgumentException("The stream must support mark and reset");
    }
    in.mark(HEAD_LENGTH);
    byte[] head = in.readNBytes(HEAD_LENGTH);
    in.reset();
    return sniff(head, allowed);
  }

  /** The type the content's first bytes prove, if it is any of these. */
  public static Optional<FileType> sniff(byte[] head) {
    if (startsWith(head, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    return heifBrand(head);
  }

  /**
   * An ISO base media file starts with a {@code ftyp} box: a 4-byte big-endian box size (at least
   * 16: size, {@code ftyp}, major brand, minor version), {@code ftyp}, then the major brand.
   */
  private static Optional<FileType> heifBrand(byte[] head) {
    if (head.length < 12 || !"ftyp".equals(ascii(head, 4))) {
      return Optional.empty();
    }
    long boxSize =
        ((head[0] & 0xFFL) << 24)
            | ((head[1] & 0xFFL) << 16)
            | ((head[2] & 0xFFL) << 8)
            | (head[3] & 0xFFL);
    if (boxSize < 16) {
      return Optional.empty();
    }
    String brand = ascii(head, 8);
    if (HEIC_BRANDS.contains(brand)) {
      return Optional.of(HEIC);
    }
    if (HEIF_BRANDS.contains(brand)) {
      return Optional.of(HEIF);
    }
    return Optional.empty();
  }

  private static String ascii(byte[] bytes, int offset) {
    return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
