package jp.azukari.item.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadsTest {

  @Test
  void namesTheFileAfterTheProfileAndTheJapanTime() {
    assertThat(
            Downloads.fileName("ヤフオク!一括出品", Instant.parse("2026-03-31T15:30:05Z"), SheetFile.CSV))
        .isEqualTo("ヤフオク!一括出品_20260401-003005.csv");
  }

  @Test
  void replacesWhatAFileSystemOrHeaderWouldNotTake() {
    assertThat(Downloads.fileName("a/b\\c:\"d\"\r\n e", Instant.EPOCH, SheetFile.XLSX))
        .isEqualTo("a_b_c__d____e_19700101-090000.xlsx");
  }

  @Test
  void givesTheNameInUtf8ForBrowsersAndInAsciiForOthers() {
    assertThat(Downloads.contentDisposition("全項目（XLSX）_20260401-003005.xlsx"))
        .isEqualTo(
            "attachment; filename=\"____XLSX__20260401-003005.xlsx\"; filename*=UTF-8''"
                + "%E5%85%A8%E9%A0%85%E7%9B%AE%EF%BC%88XLSX%EF%BC%89_20260401-003005.xlsx");
  }

  @Test
  void encodesSpacesAndQuotesInTheUtf8Name() {
    assertThat(Downloads.percentEncoded("a b\"c%.csv")).isEqualTo("a%20b%22c%25.csv");
  }
}
