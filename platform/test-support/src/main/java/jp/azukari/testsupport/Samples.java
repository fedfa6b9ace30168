package jp.azukari.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Smallest files of each kind, as their first bytes make them: for tests of uploads. */
public final class Samples {

  public static final byte[] JPEG =
      bytes(
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
          "JFIF jpeg-body",
          new byte[] {(byte) 0xFF, (byte) 0xD9});
  public static final byte[] PNG =
      bytes(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
          "IHDR png-body");

  /** An iPhone photo begins with an ftyp box of major brand heic. */
  public static final byte[] HEIC =
      bytes(new byte[] {0, 0, 0, 24}, "ftypheic", new byte[] {0, 0, 0, 0}, "mif1heic heic-body");

  public static final byte[] HEIF =
      bytes(new byte[] {0, 0, 0, 24}, "ftypmif1", new byte[4], "mif1");
  public static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  public static final byte[] TEXT =
      "This is not a photo of anything.\n".getBytes(StandardCharsets.UTF_8);

  private Samples() {}

  public static byte[] bytes(Object... parts) {
    byte[] out = new byte[0];
    for (Object part : parts) {
      byte[] more =
          part instanceof String s ? s.getBytes(StandardCharsets.US_ASCII) : (byte[]) part;
      byte[] joined = Arrays.copyOf(out, out.length + more.length);
      System.arraycopy(more, 0, joined, out.length, more.length);
      out = joined;
    }
    return out;
  }

  /** A JPEG of exactly {@code size} bytes. */
  public static byte[] jpegOfSize(int size) {
    byte[] out = Arrays.copyOf(JPEG, size);
    Arrays.fill(out, JPEG.length, size, (byte) 0x55);
    return out;
  }
}
