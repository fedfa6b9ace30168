package jp.azukari.item.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;

/**
 * What a replacement of the item fields must respect: well-formed keys, labels and options; the
 * built-in fields all still there with their types; and no field that items hold values for removed
 * or retyped. Every problem is reported, each on the field it concerns.
 */
final class FieldConfigurationRules {

  static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
  static final Pattern OPTION_VALUE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");
  static final int KEY_MAX = 40;
  static final int LABEL_MAX = 100;
  static final int OPTION_VALUE_MAX = 50;
  static final int MAX_FIELDS = 100;
  static final int MAX_OPTIONS = 200;

  /** The fields as they will be stored, sorted by order, or the problems found. */
  record Outcome(List<FieldDef> fields, List<FieldError> errors) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  private FieldConfigurationRules() {}

  static Outcome check(List<FieldInput> input, List<FieldDef> current, FieldUsage usage) {
    var errors = new ArrayList<FieldError>();
    if (input == null || input.isEmpty()) {
      errors.add(new FieldError("fields", "fields.required", "Keep at least one field."));
      return new Outcome(List.of(), errors);
    }
    if (input.size() > MAX_FIELDS) {
      errors.add(
          new FieldError("fields", "fields.tooMany", "Keep at most " + MAX_FIELDS + " fields."));
      return new Outcome(List.of(), errors);
    }
    Map<String, FieldDef> was =
        current.stream().collect(Collectors.toMap(FieldDef::key, Function.identity()));
    Set<String> builtIn =
        DefaultFields.all().stream().map(FieldDef::key).collect(Collectors.toSet());
    var seen = new HashSet<String>();
    var fields = new ArrayList<FieldDef>();
    for (int i = 0; i < input.size(); i++) {
      String at = "fields[" + i + "]";
      FieldInput field = input.get(i);
      if (field == null) {
        errors.add(new FieldError(at, "field.required", "Describe the field."));
        continue;
      }
      int before = errors.size();
      String key = field.key() == null ? null : field.key().strip();
      if (key == null || key.isEmpty()) {
        errors.add(new FieldError(at + ".key", "field.key.required", "Enter a key."));
      } else if (key.length() > KEY_MAX || !KEY.matcher(key).matches()) {
        errors.add(
            new FieldError(
                at + ".key",
                "field.key.format",
                "A key starts with a small letter and holds only letters and digits"
                    + " (at most "
                    + KEY_MAX
                    + "), e.g. serialNumber."));
      } else if (!seen.add(key)) {
        errors.add(
            new FieldError(
                at + ".key", "field.key.duplicate", "Another field has the key " + key + "."));
      }
      Label label = label(field.label(), at + ".label", errors);
      FieldType type = type(field.type(), at + ".type", errors);
      List<FieldOption> options = options(field, type, at, errors);
      int order = field.order() == null ? i : field.order();
      if (order < 0) {
        errors.add(new FieldError(at + ".order", "field.order", "The order is 0 or more."));
      }
      if (key != null && type != null && was.containsKey(key) && was.get(key).type() != type) {
        if (builtIn.contains(key)) {
          errors.add(
              new FieldError(
                  at + ".type",
                  "field.builtIn.retyped",
                  "The built-in field "
                      + key
                      + " keeps its type "
                      + was.get(key).type()
                      + ". Add a new field instead."));
        } else if (usage.inUse(key)) {
          errors.add(
              new FieldError(
                  at + ".type",
                  "field.inUse.retyped",
                  "Items hold values of the field "
                      + key
                      + ", so it keeps its type "
                      + was.get(key).type()
                      + ". Retire it and add a new field instead."));
        }
      }
      if (errors.size() == before) {
        fields.add(
            new FieldDef(
                key,
                label,
                type,
                Boolean.TRUE.equals(field.required()),
                options,
                Boolean.TRUE.equals(field.memberEditable()),
                order,
                builtIn.contains(key),
                Boolean.TRUE.equals(field.retired())));
      }
    }
    for (FieldDef old : current) {
      if (seen.contains(old.key())) {
        continue;
      }
      if (builtIn.contains(old.key())) {
        errors.add(
            new FieldError(
                "fields",
                "field.builtIn.removed",
                "The built-in field "
                    + old.key()
                    + " cannot be removed. Retire it to stop offering it."));
      } else if (usage.inUse(old.key())) {
        errors.add(
            new FieldError(
                "fields",
                "field.inUse.removed",
                "Items hold values of the field "
                    + old.key()
                    + ", so it cannot be removed. Retire it to stop offering it."));
      }
    }
    if (!errors.isEmpty()) {
      return new Outcome(List.of(), errors);
    }
    var sorted = new ArrayList<>(fields);
    sorted.sort(Comparator.comparingInt(FieldDef::order));
    return new Outcome(List.copyOf(sorted), List.of());
  }

  private static Label label(Label label, String at, List<FieldError> errors) {
    String ja = label == null ? null : text(label.ja());
    String en = label == null ? null : text(label.en());
    checkLabel(ja, at + ".ja", "Japanese", errors);
    checkLabel(en, at + ".en", "English", errors);
    return new Label(ja, en);
  }

  private static void checkLabel(String text, String at, String language, List<FieldError> errors) {
    if (text == null) {
      errors.add(new FieldError(at, "field.label.required", "Enter the name in " + language + "."));
    } else if (text.length() > LABEL_MAX) {
      errors.add(
          new FieldError(
              at, "field.label.tooLong", "Keep the name to " + LABEL_MAX + " characters."));
    }
  }

  private static FieldType type(String type, String at, List<FieldError> errors) {
    if (type != null) {
      for (FieldType known : FieldType.values()) {
        if (known.name().equals(type.strip())) {
          return known;
        }
      }
    }
    errors.add(
        new FieldError(
            at,
            "field.type.unknown",
            "Choose one of "
                + String.join(", ", Arrays.stream(FieldType.values()).map(Enum::name).toList())
                + "."));
    return null;
  }

  private static List<FieldOption> options(
      FieldInput field, FieldType type, String at, List<FieldError> errors) {
    List<FieldOption> given = field.options() == null ? List.of() : field.options();
    if (type == null) {
      return List.of();
    }
    if (type != FieldType.SELECT) {
      if (!given.isEmpty()) {
        errors.add(
            new FieldError(
                at + ".options",
                "field.options.notAllowed",
                "Only a field of type SELECT has options."));
      }
      return List.of();
    }
    if (given.isEmpty()) {
      errors.add(
          new FieldError(
              at + ".options", "field.options.required", "A SELECT field needs options."));
      return List.of();
    }
    if (given.size() > MAX_OPTIONS) {
      errors.add(
          new FieldError(
              at + ".options",
              "field.options.tooMany",
              "Offer at most " + MAX_OPTIONS + " options."));
      return List.of();
    }
    var values = new HashSet<String>();
    var options = new ArrayList<FieldOption>();
    for (int j = 0; j < given.size(); j++) {
      String optionAt = at + ".options[" + j + "]";
      FieldOption option = given.get(j);
      String value = option == null ? null : text(option.value());
      if (value == null) {
        errors.add(
            new FieldError(optionAt + ".value", "field.option.value.required", "Enter a value."));
      } else if (value.length() > OPTION_VALUE_MAX || !OPTION_VALUE.matcher(value).matches()) {
        errors.add(
            new FieldError(
                optionAt + ".value",
                "field.option.value.format",
                "An option's value holds only letters, digits, '-', '_' and '.' (at most "
                    + OPTION_VALUE_MAX
                    + "), e.g. likeNew."));
      } else if (!values.add(value)) {
        errors.add(
            new FieldError(
                optionAt + ".value",
                "field.option.value.duplicate",
                "Another option has the value " + value + "."));
      }
      Label label = label(option == null ? null : option.label(), optionAt + ".label", errors);
      options.add(new FieldOption(value, label));
    }
    return options;
  }

  private static String text(String text) {
    if (text == null || text.strip().isEmpty()) {
      return null;
    }
    return text.strip();
  }
}
