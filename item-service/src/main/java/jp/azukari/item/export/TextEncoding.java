package jp.azukari.item.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encodings a CSV export is written in (a workbook is always UTF-8). */
public enum TextEncoding {
  UTF_8(StandardCharsets.UTF_8, "UTF-8"),
  /**
   * Shift_JIS as Japanese Windows and Excel write it: Windows-31J (CP932), which also holds the NEC
   * and IBM extensions people type (①, ㈱, 髙).
   */
  SHIFT_JIS(Charset.forName("windows-31j"), "Shift_JIS");

  private final Charset charset;
  private final String label;

  TextEncoding(Charset charset, String label) {
    this.charset = charset;
    this.label = label;
  }

  public Charset charset() {
    return charset;
  }

  /** The name to put in a {@code Content-Type} header. */
  public String label() {
    return label;
  }
}
