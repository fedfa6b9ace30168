package jp.azukari.item.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;

/**
 * The item fields as configured at one moment, and what they say about values: whether values fit
 * their fields (checked and normalised by type), which required fields an item still lacks, and
 * which values a member may see. Take one per request or page, not one per item.
 */
public final class FieldCatalogue {

  /** Staff-only, yet shown to members: the title their item is listed under. */
  static final String LISTING_TITLE = "title";

  private final Map<String, FieldDef> byKey = new LinkedHashMap<>();

  FieldCatalogue(List<FieldDef> fields) {
    fields.forEach(field -> byKey.put(field.key(), field));
  }

  /** The fields in the order they are shown. */
  public List<FieldDef> fields() {
    return List.copyOf(byKey.values());
  }

  /**
   * The given values checked against their fields and normalised; a {@code null} stays as the
   * request to clear the field.
   *
   * @param audience members may write only member-editable fields
   * @throws org.springframework.web.ErrorResponseException 400 naming each rejected value as {@code
   *     values.<key>}
   */
  public Map<String, Object> coerce(Map<String, Object> values, Audience audience) {
    var coerced = new LinkedHashMap<String, Object>();
    var errors = new ArrayList<FieldError>();
    if (values == null) {
      return coerced;
    }
    values.forEach(
        (key, raw) -> {
          String at = "values." + key;
          FieldDef field = byKey.get(key);
          if (field == null) {
            errors.add(new FieldError(at, "value.unknownField", "There is no field " + key + "."));
            return;
          }
          if (audience == Audience.MEMBER && !field.memberEditable()) {
            errors.add(
                new FieldError(
                    at, "value.staffOnly", "Only the shop's staff fill in " + key + "."));
            return;
          }
          try {
            Object value = FieldValues.coerce(field, raw);
            if (value != null && field.retired()) {
              errors.add(
                  new FieldError(
                      at, "value.retired", "The field " + key + " is no longer filled in."));
              return;
            }
            coerced.put(key, value);
          } catch (RejectedValue rejected) {
            errors.add(new FieldError(at, rejected.code(), rejected.getMessage()));
          }
        });
    if (!errors.isEmpty()) {
      throw FieldProblems.invalid("item-values.invalid", errors);
    }
    return coerced;
  }

  /** What a new item holds without being told: a quantity of 1. */
  public Map<String, Object> initialValues() {
    var values = new LinkedHashMap<String, Object>();
    DefaultFields.INITIAL_VALUES.forEach(
        (key, value) -> {
          FieldDef field = byKey.get(key);
          if (field != null && !field.retired()) {
            values.put(key, value);
          }
        });
    return values;
  }

  /**
   * The keys of required fields without a value, in field order; for members only those they can
   * fill in.
   */
  public List<String> missingRequired(Map<String, Object> values, Audience audience) {
    return byKey.values().stream()
        .filter(FieldDef::requiredNow)
        .filter(field -> audience == Audience.STAFF || field.memberEditable())
        .map(FieldDef::key)
        .filter(key -> values.get(key) == null)
        .toList();
  }

  /**
   * The values the audience may see: staff everything; members the member-editable fields and the
   * listing title.
   */
  public Map<String, Object> visibleValues(Map<String, Object> values, Audience audience) {
    if (audience == Audience.STAFF) {
      return values;
    }
    var visible = new LinkedHashMap<String, Object>();
    values.forEach(
        (key, value) -> {
          FieldDef field = byKey.get(key);
          if (LISTING_TITLE.equals(key) || field != null && field.memberEditable()) {
            visible.put(key, value);
          }
        });
    return visible;
  }
}
