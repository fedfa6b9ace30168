package jp.azukari.platform.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code max + 1} bytes of the stream it wraps, then fails: enough to know the
 * content is too long without reading the rest of it.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long max;
  private long count;
  private boolean exceeded;

  public LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    checkRoom();
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    checkRoom();
    int allowed = (int) Math.min(length, max + 1 - count);
    int n = super.read(buffer, offset, allowed);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** How many bytes were read. */
  public long count() {
    return count;
  }

  /** Whether the content turned out longer than allowed. */
  public boolean exceeded() {
    return exceeded;
  }

  private void checkRoom() throws IOException {
    if (exceeded) {
      throw new IOException("Content longer than " + max + " bytes");
    }
  }

  private void counted(int n) throws IOException {
    count += n;
    if (count > max) {
      exceeded = true;
      throw new IOException("Content longer than " + max + " bytes");
    }
  }
}
