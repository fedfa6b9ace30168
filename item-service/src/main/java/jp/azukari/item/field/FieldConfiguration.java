package jp.azukari.item.field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.item.ItemFieldsConfigured;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The configurable item fields: one document for the whole shop, versioned so that two admins
 * editing it at once cannot overwrite each other. Every change is announced setting by setting
 * ({@code fields.brand.required}, before and after).
 */
@Document("item_field_configuration")
public class FieldConfiguration extends OutboxAggregate {

  /** The id of the one configuration, also the events' subject. */
  public static final String ID = "item-fields";

  @Id private String id;
  private List<FieldDef> fields = new ArrayList<>();
  private Instant updatedAt;

  protected FieldConfiguration() {}

  /** The fields the product ships, as a shop starts with them. */
  static FieldConfiguration defaults(Instant now) {
    var configuration = new FieldConfiguration();
    configuration.id = ID;
    configuration.fields = new ArrayList<>(DefaultFields.all());
    configuration.updatedAt = now;
    configuration.registerEvent(
        new ItemFieldsConfigured(
            ID,
            0,
            List.of(
                new FieldChange(
                    "fields", null, configuration.fields.stream().map(FieldDef::key).toList()))));
    return configuration;
  }

  public String id() {
    return id;
  }

  /** The fields in the order they are shown. */
  public List<FieldDef> fields() {
    return List.copyOf(fields);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Replaces the fields with ones already checked by {@link FieldConfigurationRules}.
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  boolean replace(List<FieldDef> next, Instant now) {
    List<FieldChange> changes = changes(fields, next);
    if (changes.isEmpty()) {
      return false;
    }
    fields = new ArrayList<>(next);
    updatedAt = now;
    long versionAfter = version() == null ? 0 : version() + 1;
    registerEvent(new ItemFieldsConfigured(ID, versionAfter, changes));
    return true;
  }

  static List<FieldChange> changes(List<FieldDef> before, List<FieldDef> after) {
    Map<String, FieldDef> was = byKey(before);
    Map<String, FieldDef> now = byKey(after);
    var changes = new ArrayList<FieldChange>();
    for (FieldDef old : before) {
      if (!now.containsKey(old.key())) {
        changes.add(new FieldChange("fields." + old.key(), summary(old), null));
      }
    }
    for (FieldDef field : after) {
      FieldDef old = was.get(field.key());
      if (old == null) {
        changes.add(new FieldChange("fields." + field.key(), null, summary(field)));
        continue;
      }
      String prefix = "fields." + field.key() + ".";
      compare(changes, prefix + "label.ja", old, field, f -> f.label().ja());
      compare(changes, prefix + "label.en", old, field, f -> f.label().en());
      compare(changes, prefix + "type", old, field, f -> f.type().name());
      compare(changes, prefix + "required", old, field, FieldDef::required);
      compare(changes, prefix + "options", old, field, f -> options(f.options()));
      compare(changes, prefix + "memberEditable", old, field, FieldDef::memberEditable);
      compare(changes, prefix + "order", old, field, FieldDef::order);
      compare(changes, prefix + "retired", old, field, FieldDef::retired);
    }
    return List.copyOf(changes);
  }

  private static void compare(
      List<FieldChange> changes,
      String setting,
      FieldDef before,
      FieldDef after,
      Function<FieldDef, Object> read) {
    Object was = read.apply(before);
    Object is = read.apply(after);
    if (!Objects.equals(was, is)) {
      changes.add(new FieldChange(setting, was, is));
    }
  }

  private static Map<String, FieldDef> byKey(List<FieldDef> fields) {
    var map = new LinkedHashMap<String, FieldDef>();
    fields.forEach(field -> map.put(field.key(), field));
    return map;
  }

  /** A field as one value of a change: what it is, in plain maps and lists. */
  private static Map<String, Object> summary(FieldDef field) {
    var summary = new LinkedHashMap<String, Object>();
    summary.put("label", Map.of("ja", field.label().ja(), "en", field.label().en()));
    summary.put("type", field.type().name());
    summary.put("required", field.required());
    summary.put("options", options(field.options()));
    summary.put("memberEditable", field.memberEditable());
    summary.put("order", field.order());
    summary.put("retired", field.retired());
    return summary;
  }

  private static List<Map<String, Object>> options(List<FieldOption> options) {
    return options.stream()
        .map(
            option ->
                Map.<String, Object>of(
                    "value",
                    option.value(),
                    "label",
                    Map.of("ja", option.label().ja(), "en", option.label().en())))
        .toList();
  }
}
