package jp.azukari.item.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.junit.jupiter.api.Test;

/** What an admin's replacement of the item fields must respect. */
class FieldConfigurationRulesTest {

  static final List<FieldDef> DEFAULTS = DefaultFields.all();
  static final FieldUsage UNUSED = key -> false;

  static FieldInput input(FieldDef field) {
    return new FieldInput(
        field.key(),
        field.label(),
        field.type().name(),
        field.required(),
        field.options(),
        field.memberEditable(),
        field.order(),
        field.builtIn(),
        field.retired());
  }

  static List<FieldInput> defaultsAsInput() {
    return new ArrayList<>(DEFAULTS.stream().map(FieldConfigurationRulesTest::input).toList());
  }

  static FieldInput custom(String key, String type, List<FieldOption> options) {
    return new FieldInput(
        key, Label.of("シリアル", "Serial"), type, false, options, false, 200, null, false);
  }

  static List<String> codes(FieldConfigurationRules.Outcome outcome) {
    return outcome.errors().stream().map(FieldError::code).toList();
  }

  @Test
  void builtInFieldsMayBeRelabelledRetiredReorderedAndMadeRequired() {
    var fields = defaultsAsInput();
    FieldDef brand = DEFAULTS.get(1);
    fields.set(
        1,
        new FieldInput(
            "brand", Label.of("メーカー", "Maker"), "TEXT", true, List.of(), true, 999, false, true));

    var outcome = FieldConfigurationRules.check(fields, DEFAULTS, UNUSED);

    assertThat(outcome.errors()).isEmpty();
    FieldDef changed = outcome.fields().getLast();
    assertThat(changed.key()).isEqualTo(brand.key());
    assertThat(changed.label().ja()).isEqualTo("メーカー");
    assertThat(changed.required()).isTrue();
    assertThat(changed.retired()).isTrue();
    assertThat(changed.builtIn()).as("the product decides what is built in").isTrue();
  }

  @Test
  void aBuiltInFieldCannotBeRemoved() {
    var fields = defaultsAsInput();
    fields.removeIf(field -> field.key().equals("condition"));

    var outcome = FieldConfigurationRules.check(fields, DEFAULTS, UNUSED);

    assertThat(outcome.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("fields");
              assertThat(error.code()).isEqualTo("field.builtIn.removed");
              assertThat(error.message()).contains("condition");
            });
  }

  @Test
  void aBuiltInFieldCannotBeRetyped() {
    var fields = defaultsAsInput();
    FieldInput quantity = fields.get(8);
    fields.set(
        8,
        new FieldInput(
            quantity.key(),
            quantity.label(),
            "TEXT",
            false,
            List.of(),
            false,
            quantity.order(),
            true,
            false));

    var outcome = FieldConfigurationRules.check(fields, DEFAULTS, UNUSED);

    assertThat(outcome.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("fields[8].type");
              assertThat(error.code()).isEqualTo("field.builtIn.retyped");
            });
  }

  @Test
  void aSelectNeedsWellFormedDistinctOptionsWithLabels() {
    var fields = defaultsAsInput();
    fields.add(custom("colour", "SELECT", List.of()));
    fields.add(
        custom(
            "size",
            "SELECT",
            List.of(
                new FieldOption("S", Label.of("S", "S")),
                new FieldOption("S", Label.of("S", "S")),
                new FieldOption("extra large", Label.of("特大", "XL")),
                new FieldOption("M", Label.of("", "Medium")))));
    fields.add(custom("weight", "NUMBER", List.of(new FieldOption("kg", Label.of("kg", "kg")))));

    var outcome = FieldConfigurationRules.check(fields, DEFAULTS, UNUSED);

    assertThat(outcome.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("fields[11].options", "field.options.required"),
            org.assertj.core.groups.Tuple.tuple(
                "fields[12].options[1].value", "field.option.value.duplicate"),
            org.assertj.core.groups.Tuple.tuple(
                "fields[12].options[2].value", "field.option.value.format"),
            org.assertj.core.groups.Tuple.tuple(
                "fields[12].options[3].label.ja", "field.label.required"),
            org.assertj.core.groups.Tuple.tuple("fields[13].options", "field.options.notAllowed"));
    assertThat(outcome.fields()).isEmpty();
  }

  @Test
  void keysAreWellFormedAndUnique() {
    var fields = defaultsAsInput();
    fields.add(custom("Serial", "TEXT", null));
    fields.add(custom("serial_no", "TEXT", null));
    fields.add(custom("brand", "TEXT", null));
    fields.add(custom(null, "TEXT", null));
    fields.add(custom("model", "COLOUR", null));

    var outcome = FieldConfigurationRules.check(fields, DEFAULTS, UNUSED);

    assertThat(codes(outcome))
        .containsExactly(
            "field.key.format",
            "field.key.format",
            "field.key.duplicate",
            "field.key.required",
            "field.type.unknown");
  }

  @Test
  void aCustomFieldMayBeAddedRetypedAndRemovedUntilItemsHoldItsValues() {
    var current = new ArrayList<>(DEFAULTS);
    current.add(
        new FieldDef(
            "serial",
            Label.of("シリアル", "Serial"),
            FieldType.TEXT,
            false,
            null,
            false,
            200,
            false,
            false));
    var retyped = defaultsAsInput();
    retyped.add(custom("serial", "NUMBER", null));

    assertThat(FieldConfigurationRules.check(retyped, current, UNUSED).errors()).isEmpty();
    assertThat(FieldConfigurationRules.check(defaultsAsInput(), current, UNUSED).errors())
        .isEmpty();

    FieldUsage serialInUse = Set.of("serial")::contains;
    assertThat(codes(FieldConfigurationRules.check(retyped, current, serialInUse)))
        .containsExactly("field.inUse.retyped");
    assertThat(codes(FieldConfigurationRules.check(defaultsAsInput(), current, serialInUse)))
        .containsExactly("field.inUse.removed");
  }

  @Test
  void theChangesOfAReplacementAreListedSettingBySetting() {
    var next = new ArrayList<>(DEFAULTS);
    FieldDef brand = next.get(1);
    next.set(
        1,
        new FieldDef(
            brand.key(),
            Label.of("メーカー", brand.label().en()),
            brand.type(),
            true,
            brand.options(),
            brand.memberEditable(),
            brand.order(),
            true,
            false));

    var changes = FieldConfiguration.changes(DEFAULTS, next);

    assertThat(changes)
        .extracting(c -> c.field(), c -> c.before(), c -> c.after())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fields.brand.label.ja", "ブランド", "メーカー"),
            org.assertj.core.groups.Tuple.tuple("fields.brand.required", false, true));
  }
}
