package jp.azukari.workflow.statuses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.workflow.StatusConfigurationChanged;
import org.junit.jupiter.api.Test;

/** A configuration change is announced setting by setting, with before and after. */
class StatusConfigurationTest {

  StatusConfiguration kit = StatusConfiguration.defaults(RequestType.KIT, Instant.now());

  static StatusDef renamed(StatusDef status, String ja, String en) {
    return new StatusDef(
        status.code(),
        new TranslatedText(ja, en),
        status.memberLabel(),
        status.order(),
        status.color(),
        status.initial(),
        status.terminal(),
        status.retired(),
        status.mailOnEntry(),
        status.mailTemplate(),
        status.timeLimitHours(),
        status.kitWithMember(),
        status.itemsReceived(),
        status.requiresVerifiedMember());
  }

  @Test
  void announcesEachChangedSettingWithBeforeAndAfter() {
    var statuses = new ArrayList<>(kit.statuses());
    StatusDef sent = kit.status("KIT_SENT").orElseThrow();
    statuses.replaceAll(s -> s.code().equals("KIT_SENT") ? renamed(s, "発送済", "Shipped") : s);
    statuses.replaceAll(s -> s.code().equals("INSPECTED") ? TestConfigurations.retired(s) : s);
    var transitions = new ArrayList<>(kit.transitions());
    transitions.removeIf(t -> t.equals(new Transition("KIT_SENT", "CANCELLED")));

    boolean changed = kit.replace(statuses, transitions, Instant.now());

    assertThat(changed).isTrue();
    var event = (StatusConfigurationChanged) kit.registeredEvents().getFirst();
    assertThat(event.type()).isEqualTo("KIT");
    assertThat(event.version()).isZero();
    assertThat(event.changes())
        .containsExactly(
            new FieldChange(
                "statuses.KIT_SENT.name", sent.name(), new TranslatedText("発送済", "Shipped")),
            new FieldChange("statuses.INSPECTED.retired", false, true),
            new FieldChange(
                "transitions", DefaultStatuses.transitions(RequestType.KIT), transitions));
  }

  @Test
  void announcesAnAddedAndARemovedStatusWhole() {
    var statuses = new ArrayList<>(kit.statuses());
    StatusDef cancelled = kit.status("CANCELLED").orElseThrow();
    statuses.remove(cancelled);
    StatusDef lost = renamed(cancelled, "紛失", "Lost");
    lost =
        new StatusDef(
            "LOST",
            lost.name(),
            lost.memberLabel(),
            95,
            lost.color(),
            false,
            true,
            false,
            false,
            null,
            null,
            false,
            false,
            false);
    statuses.add(lost);
    var transitions = new ArrayList<>(kit.transitions());
    transitions.replaceAll(t -> t.to().equals("CANCELLED") ? new Transition(t.from(), "LOST") : t);

    kit.replace(statuses, transitions, Instant.now());

    var event = (StatusConfigurationChanged) kit.registeredEvents().getFirst();
    assertThat(event.changes())
        .extracting(FieldChange::field)
        .containsExactly("statuses.CANCELLED", "statuses.LOST", "transitions");
    assertThat(event.changes().get(0).before()).isEqualTo(cancelled);
    assertThat(event.changes().get(0).after()).isNull();
    assertThat(event.changes().get(1).before()).isNull();
  }

  @Test
  void announcesNothingWhenNothingChanged() {
    assertThat(kit.replace(kit.statuses(), List.copyOf(kit.transitions()), Instant.now()))
        .isFalse();
    assertThat(kit.registeredEvents()).isEmpty();
  }

  @Test
  void itemsAreInTheShopFromTheFirstItemsReceivedStatusUntilTheRequestEnds() {
    assertThat(kit.itemsInShopStatuses())
        .containsExactly("ITEMS_RECEIVED", "INSPECTED", "LISTED", "SOLD");
  }
}
