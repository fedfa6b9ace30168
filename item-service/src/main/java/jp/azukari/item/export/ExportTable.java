package jp.azukari.item.export;

import java.util.List;
import java.util.stream.Stream;

/**
 * What an export job writes: a header and rows read lazily from MongoDB (a cursor, never a list of
 * everything), with a count known beforehand for the progress bar.
 */
public interface ExportTable {

  List<String> headers();

  /** How many rows {@link #rows()} is about to give. */
  long count();

  /** The rows in order, each as {@link Cells#of} makes cells; close the stream after use. */
  Stream<List<Object>> rows();
}
