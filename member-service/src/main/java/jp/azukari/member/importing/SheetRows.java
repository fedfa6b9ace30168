package jp.azukari.member.importing;

import java.io.IOException;
import java.util.List;

/**
 * The rows of an import file, read one at a time so that memory does not grow with the file. Rows
 * without any value are skipped.
 */
interface SheetRows {

  /** Receives one row: its number as a spreadsheet shows it (1 = first row) and its cells. */
  @FunctionalInterface
  interface RowHandler {

    /**
     * @return whether to go on reading
     */
    boolean row(long number, List<String> cells);
  }

  /**
   * Reads rows until the file ends or the handler says to stop.
   *
   * @throws ImportRefused when the file is not readable as what it claims to be
   */
  void read(RowHandler handler) throws IOException;

  static boolean blank(List<String> cells) {
    return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
  }
}
