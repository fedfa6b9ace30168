package jp.azukari.item.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file types an item photo may have, recognised by their first bytes (magic numbers), never by
 * the file name or the content type a client declares: a text file named {@code .jpg} is no image.
 */
public enum PhotoType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  HEIC("image/heic", "heic"),
  HEIF("image/heif", "heif");

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int HEAD_LENGTH = 16;

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** ISO base media major brands of HEVC-coded HEIF images (what iPhones save). */
  private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");

  /** Major brands of HEIF images with any coding. */
  private static final Set<String> HEIF_BRANDS = Set.of("mif1", "heif");

  private final String mediaType;
  private final String extension;

  PhotoType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The extension of the name the content is served under; never the uploaded name's. */
  public String extension() {
    return extension;
  }

  /** The type whose media type this is, e.g. from a stored photo. */
  public static Optional<PhotoType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
  }

  /**
   * The type the content's first bytes prove, if it is one of ours.
   *
   * @param head the first bytes of the content, at most {@link #HEAD_LENGTH} are looked at; fewer
   *     when the content is shorter
   */
  public static Optional<PhotoType> sniff(byte[] head) {
    if (startsWith(head, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    return heifBrand(head);
  }

  /**
   * An ISO base media file starts with a {@code ftyp} box: a 4-byte big-endian box size (at least
   * 16: size, {@code ftyp}, major brand, minor version), {@code ftyp}, then the major brand.
   */
  private static Optional<PhotoType> heifBrand(byte[] head) {
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
