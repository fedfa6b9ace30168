package jp.azukari.item.export;

import java.time.Instant;
import java.util.List;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An export profile: which columns an item export writes, in which order, under which headers, to
 * which kind of file in which encoding. Three are shipped ({@link DefaultProfiles}); admins change
 * them and may add their own. Edits are optimistic ({@code @Version}, {@code If-Match}).
 */
@Document("export_profiles")
public class ExportProfile extends OutboxAggregate {

  @Id private String id;
  private String name;
  private ExportFormat format;
  private TextEncoding encoding;
  private List<ExportColumn> columns;
  private boolean builtIn;
  private Instant updatedAt;
  private String updatedBy;

  protected ExportProfile() {}

  static ExportProfile shipped(
      String id,
      String name,
      ExportFormat format,
      TextEncoding encoding,
      List<ExportColumn> columns,
      Instant now) {
    var profile = new ExportProfile();
    profile.id = id;
    profile.builtIn = true;
    profile.change(name, format, encoding, columns, null, now);
    return profile;
  }

  static ExportProfile create(
      String id,
      String name,
      ExportFormat format,
      TextEncoding encoding,
      List<ExportColumn> columns,
      String by,
      Instant now) {
    var profile = new ExportProfile();
    profile.id = id;
    profile.change(name, format, encoding, columns, by, now);
    return profile;
  }

  /** Replaces the settings; the input was validated ({@link ProfileRules}). */
  void change(
      String name,
      ExportFormat format,
      TextEncoding encoding,
      List<ExportColumn> columns,
      String by,
      Instant now) {
    this.name = name;
    this.format = format;
    this.encoding = format == ExportFormat.XLSX ? TextEncoding.UTF_8 : encoding;
    this.columns = List.copyOf(columns);
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ExportFormat format() {
    return format;
  }

  public TextEncoding encoding() {
    return encoding;
  }

  public List<ExportColumn> columns() {
    return columns == null ? List.of() : columns;
  }

  /** Shipped with the product (it can be changed, not deleted). */
  public boolean builtIn() {
    return builtIn;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
