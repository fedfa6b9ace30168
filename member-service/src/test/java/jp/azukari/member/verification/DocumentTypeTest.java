package jp.azukari.member.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  @Test
  void recognisesEachAcceptedTypeByItsFirstBytes() {
    assertThat(DocumentType.sniff(Samples.JPEG)).contains(DocumentType.JPEG);
    assertThat(DocumentType.sniff(Samples.PNG)).contains(DocumentType.PNG);
    assertThat(DocumentType.sniff(Samples.PDF)).contains(DocumentType.PDF);
    assertThat(DocumentType.sniff(Samples.HEIC)).contains(DocumentType.HEIC);
    assertThat(DocumentType.sniff(Samples.HEIF)).contains(DocumentType.HEIF);
  }

  @Test
  void refusesTextEmptyAndTooShortContent() {
    assertThat(DocumentType.sniff(Samples.TEXT)).isEmpty();
    assertThat(DocumentType.sniff(new byte[0])).isEmpty();
    assertThat(DocumentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(DocumentType.sniff("%PDF".getBytes())).isEmpty();
  }

  @Test
  void refusesOtherIsoMediaFilesSuchAsVideos() {
    byte[] mp4 = Samples.bytes(new byte[] {0, 0, 0, 24}, "ftypisom", new byte[8]);
    byte[] quicktime = Samples.bytes(new byte[] {0, 0, 0, 20}, "ftypqt  ", new byte[8]);

    assertThat(DocumentType.sniff(mp4)).isEmpty();
    assertThat(DocumentType.sniff(quicktime)).isEmpty();
  }

  @Test
  void refusesAnFtypBoxThatIsTooSmallToBeOne() {
    byte[] broken = Arrays.copyOf(Samples.HEIC, Samples.HEIC.length);
    broken[3] = 8;

    assertThat(DocumentType.sniff(broken)).isEmpty();
  }

  @Test
  void aPngSignatureMustBeCompleteNotJustItsName() {
    byte[] truncated = Samples.bytes(new byte[] {(byte) 0x89}, "PNG\r\n", new byte[8]);

    assertThat(DocumentType.sniff(truncated)).isEmpty();
  }
}
