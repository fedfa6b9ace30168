package jp.azukari.item.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** An export profile as the console shows and edits it. */
record ProfileView(
    String id,
    String name,
    ExportFormat format,
    TextEncoding encoding,
    List<Column> columns,
    boolean builtIn,
    long version,
    Instant updatedAt,
    String updatedBy) {

  /** A column; {@code value} only for a fixed column. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Column(String source, String header, String value) {}

  static ProfileView of(ExportProfile profile) {
    return new ProfileView(
        profile.id(),
        profile.name(),
        profile.format(),
        profile.encoding(),
        profile.columns().stream().map(c -> new Column(c.source(), c.header(), c.value())).toList(),
        profile.builtIn(),
        profile.version() == null ? 0 : profile.version(),
        profile.updatedAt(),
        profile.updatedBy());
  }
}
