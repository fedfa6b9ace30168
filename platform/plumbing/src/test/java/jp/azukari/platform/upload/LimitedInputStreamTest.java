package jp.azukari.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  /** An endless stream that counts what was taken from it. */
  static final class Endless extends InputStream {
    long taken;

    @Override
    public int read() {
      taken++;
      return 0x55;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      taken += len;
      return len;
    }
  }

  @Test
  void stopsReadingJustPastTheLimitOfAnOversizedStream() {
    var source = new Endless();
    var limited = new LimitedInputStream(source, 1024);

    assertThatThrownBy(limited::readAllBytes).isInstanceOf(IOException.class);
    assertThat(limited.exceeded()).isTrue();
    assertThat(source.taken).isEqualTo(1025);
  }

  @Test
  void passesContentUpToTheLimitAndCountsIt() throws IOException {
    var limited = new LimitedInputStream(new ByteArrayInputStream(new byte[1024]), 1024);

    assertThat(limited.readAllBytes()).hasSize(1024);
    assertThat(limited.exceeded()).isFalse();
    assertThat(limited.count()).isEqualTo(1024);
  }
}
