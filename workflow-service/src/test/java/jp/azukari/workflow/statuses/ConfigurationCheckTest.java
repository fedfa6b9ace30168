package jp.azukari.workflow.statuses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import jp.azukari.workflow.web.InvalidFields;
import jp.azukari.workflow.web.InvalidFields.FieldError;
import org.junit.jupiter.api.Test;

/** A configuration is checked as a whole, and every problem is named by its field. */
class ConfigurationCheckTest {

  List<StatusDef> statuses = new ArrayList<>(DefaultStatuses.statuses(RequestType.KIT));
  List<Transition> transitions = new ArrayList<>(DefaultStatuses.transitions(RequestType.KIT));

  static StatusDef status(
      String code, boolean initial, boolean terminal, String background, Integer hours) {
    var text = new TranslatedText("名前", "Name");
    return new StatusDef(
        code,
        text,
        text,
        1,
        new StatusColor(background, "#ffffff"),
        initial,
        terminal,
        false,
        false,
        null,
        hours,
        false,
        false,
        false);
  }

  List<FieldError> errors() {
    try {
      ConfigurationCheck.check(statuses, transitions);
    } catch (InvalidFields invalid) {
      assertThat(invalid.code()).isEqualTo("configuration-invalid");
      return invalid.errors();
    }
    throw new AssertionError("The configuration passed");
  }

  @Test
  void theDefaultsPass() {
    var checked = ConfigurationCheck.check(statuses, transitions);

    assertThat(checked.statuses()).hasSize(10);
    assertThat(checked.transitions()).hasSize(13);
  }

  @Test
  void textsAreTrimmedAndColoursLowerCased() {
    statuses.set(
        0,
        new StatusDef(
            " KIT_REQUESTED ",
            new TranslatedText(" 申込 ", "Requested "),
            new TranslatedText("受付", "Received"),
            10,
            new StatusColor("#AABBCC", "#FFFFFF"),
            true,
            false,
            false,
            false,
            " ",
            24,
            false,
            false,
            false));

    var first = ConfigurationCheck.check(statuses, transitions).statuses().getFirst();

    assertThat(first.code()).isEqualTo("KIT_REQUESTED");
    assertThat(first.name()).isEqualTo(new TranslatedText("申込", "Requested"));
    assertThat(first.color()).isEqualTo(new StatusColor("#aabbcc", "#ffffff"));
    assertThat(first.mailTemplate()).isNull();
  }

  @Test
  void refusesBadCodesDuplicatesAndColoursByField() {
    statuses.add(status("kit sent", false, false, "#123456", null));
    statuses.add(status("KIT_SENT", false, false, "red", null));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("statuses[10].code", "pattern"),
            org.assertj.core.groups.Tuple.tuple("statuses[11].code", "duplicate"),
            org.assertj.core.groups.Tuple.tuple("statuses[11].color.background", "color"));
  }

  @Test
  void needsExactlyOneInitialStatus() {
    statuses.add(status("SECOND_START", true, false, "#123456", null));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("statuses", "initial"));

    statuses.removeIf(StatusDef::initial);
    transitions.removeIf(t -> t.from().equals("KIT_REQUESTED") || t.to().equals("KIT_REQUESTED"));
    assertThat(errors()).extracting(FieldError::field).containsExactly("statuses");
  }

  @Test
  void needsNamesInBothLanguagesAndSensibleSettings() {
    statuses.add(
        new StatusDef(
            "HALF_DONE",
            new TranslatedText("途中", " "),
            null,
            -1,
            null,
            false,
            true,
            false,
            true,
            null,
            0,
            false,
            false,
            false));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("statuses[10].name.en", "required"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].memberLabel.ja", "required"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].memberLabel.en", "required"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].order", "range"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].color", "required"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].mailTemplate", "required"),
            org.assertj.core.groups.Tuple.tuple("statuses[10].timeLimitHours", "range"));
  }

  @Test
  void aTerminalStatusHasNoTimeLimitAndNoWayOut() {
    statuses.add(status("ARCHIVED", false, true, "#123456", 24));
    transitions.add(new Transition("ARCHIVED", "KIT_SENT"));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("statuses[10].timeLimitHours", "terminal"),
            org.assertj.core.groups.Tuple.tuple("transitions[13].from", "terminal"));
  }

  @Test
  void transitionsLeadOnlyBetweenKnownStatusesOnce() {
    transitions.add(new Transition("KIT_SENT", "LOST"));
    transitions.add(new Transition("NOWHERE", "KIT_SENT"));
    transitions.add(new Transition("KIT_SENT", "KIT_SENT"));
    transitions.add(new Transition("KIT_SENT", "ITEMS_RECEIVED"));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("transitions[13].to", "unknown-status"),
            org.assertj.core.groups.Tuple.tuple("transitions[14].from", "unknown-status"),
            org.assertj.core.groups.Tuple.tuple("transitions[15].to", "same-status"),
            org.assertj.core.groups.Tuple.tuple("transitions[16]", "duplicate"));
  }

  @Test
  void theInitialStatusCannotBeRetiredOrTerminal() {
    statuses.set(0, TestConfigurations.retired(statuses.getFirst()));

    assertThat(errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("statuses[0].retired", "initial"));
  }

  @Test
  void nothingToCheckWithoutStatusesOrTransitions() {
    assertThatThrownBy(() -> ConfigurationCheck.check(List.of(), null))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("statuses", "transitions"));
  }
}
