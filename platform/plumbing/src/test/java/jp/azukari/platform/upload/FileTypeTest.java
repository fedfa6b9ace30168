package jp.azukari.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import jp.azukari.testsupport.Samples;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  @Test
  void recognisesEachAcceptedTypeByItsFirstBytes() {
    assertThat(FileType.sniff(Samples.JPEG)).contains(FileType.JPEG);
    assertThat(FileType.sniff(Samples.PNG)).contains(FileType.PNG);
    assertThat(FileType.sniff(Samples.PDF)).contains(FileType.PDF);
    assertThat(FileType.sniff(Samples.HEIC)).contains(FileType.HEIC);
    assertThat(FileType.sniff(Samples.HEIF)).contains(FileType.HEIF);
  }

  @Test
  void refusesTextEmptyAndTooShortContent() {
    assertThat(FileType.sniff(Samples.TEXT)).isEmpty();
    assertThat(FileType.sniff(new byte[0])).isEmpty();
    assertThat(FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(FileType.sniff("%PDF".getBytes())).isEmpty();
  }

  @Test
  void refusesOtherIsoMediaFilesSuchAsVideos() {
    byte[] mp4 = Samples.bytes(new byte[] {0, 0, 0, 24}, "ftypisom", new byte[8]);
    byte[] quicktime = Samples.bytes(new byte[] {0, 0, 0, 20}, "ftypqt  ", new byte[8]);

    assertThat(FileType.sniff(mp4)).isEmpty();
    assertThat(FileType.sniff(quicktime)).isEmpty();
  }

  @Test
  void refusesAnFtypBoxThatIsTooSmallToBeOne() {
    byte[] broken = Arrays.copyOf(Samples.HEIC, Samples.HEIC.length);
    broken[3] = 8;

    assertThat(FileType.sniff(broken)).isEmpty();
  }

  @Test
  void aPngSignatureMustBeCompleteNotJustItsName() {
    byte[] truncated = Samples.bytes(new byte[] {(byte) 0x89}, "PNG\r\n", new byte[8]);

    assertThat(FileType.sniff(truncated)).isEmpty();
  }

  @Test
  void refusesAKnownTypeThatTheCallerDoesNotAllow() {
    var photos = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.HEIC, FileType.HEIF);

    assertThat(FileType.sniff(Samples.PDF, photos)).isEmpty();
    assertThat(FileType.sniff(Samples.PNG, photos)).contains(FileType.PNG);
  }

  @Test
  void sniffsAStreamWithoutConsumingIt() throws IOException {
    var in = new BufferedInputStream(new ByteArrayInputStream(Samples.HEIC));

    assertThat(FileType.sniff(in, EnumSet.allOf(FileType.class))).contains(FileType.HEIC);
    assertThat(in.readAllBytes()).isEqualTo(Samples.HEIC);
  }

  @Test
  void findsATypeByItsMediaType() {
    assertThat(FileType.ofMediaType("application/pdf")).contains(FileType.PDF);
    assertThat(FileType.ofMediaType("text/plain")).isEmpty();
  }
}
