package jp.azukari.workflow.statuses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.workflow.StatusConfigurationChanged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The statuses and allowed transitions of one request type. Its id is the type's name, so there is
 * exactly one per type however many instances seed it at once. Every change is announced with each
 * changed setting's before and after.
 */
@Document("status_configurations")
public class StatusConfiguration extends OutboxAggregate {

  @Id private String type;
  private List<StatusDef> statuses;
  private List<Transition> transitions;
  private Instant updatedAt;

  protected StatusConfiguration() {}

  /** The product's defaults for {@code type}, not yet stored. */
  static StatusConfiguration defaults(RequestType type, Instant now) {
    var configuration = new StatusConfiguration();
    configuration.type = type.name();
    configuration.statuses = DefaultStatuses.statuses(type);
    configuration.transitions = DefaultStatuses.transitions(type);
    configuration.updatedAt = now;
    return configuration;
  }

  /**
   * Replaces statuses and transitions with ones already checked ({@link ConfigurationCheck}).
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  boolean replace(List<StatusDef> newStatuses, List<Transition> newTransitions, Instant now) {
    List<FieldChange> changes = changes(newStatuses, newTransitions);
    if (changes.isEmpty()) {
      return false;
    }
    statuses = List.copyOf(newStatuses);
    transitions = List.copyOf(newTransitions);
    updatedAt = now;
    long versionAfter = version() == null ? 0 : version() + 1;
    registerEvent(new StatusConfigurationChanged(type, versionAfter, changes));
    return true;
  }

  /**
   * Each changed setting: {@code statuses.<CODE>} for an added or removed status (the whole status
   * before or after), {@code statuses.<CODE>.<setting>} for a changed setting of a kept one, and
   * {@code transitions} with both lists when the transitions changed.
   */
  List<FieldChange> changes(List<StatusDef> newStatuses, List<Transition> newTransitions) {
    var changes = new ArrayList<FieldChange>();
    Map<String, StatusDef> before = byCode(statuses);
    Map<String, StatusDef> after = byCode(newStatuses);
    for (StatusDef old : statuses) {
      StatusDef changed = after.get(old.code());
      if (changed == null) {
        changes.add(new FieldChange("statuses." + old.code(), old, null));
      } else if (!old.sameAs(changed)) {
        settingChanges(old, changed, changes);
      }
    }
    for (StatusDef added : newStatuses) {
      if (!before.containsKey(added.code())) {
        changes.add(new FieldChange("statuses." + added.code(), null, added));
      }
    }
    if (!new LinkedHashSet<>(transitions).equals(new LinkedHashSet<>(newTransitions))) {
      changes.add(
          new FieldChange("transitions", List.copyOf(transitions), List.copyOf(newTransitions)));
    }
    return changes;
  }

  private static void settingChanges(StatusDef old, StatusDef changed, List<FieldChange> changes) {
    String prefix = "statuses." + old.code() + ".";
    compare(prefix + "name", old, changed, StatusDef::name, changes);
    compare(prefix + "memberLabel", old, changed, StatusDef::memberLabel, changes);
    compare(prefix + "order", old, changed, StatusDef::order, changes);
    compare(prefix + "color", old, changed, StatusDef::color, changes);
    compare(prefix + "initial", old, changed, StatusDef::initial, changes);
    compare(prefix + "terminal", old, changed, StatusDef::terminal, changes);
    compare(prefix + "retired", old, changed, StatusDef::retired, changes);
    compare(prefix + "mailOnEntry", old, changed, StatusDef::mailOnEntry, changes);
    compare(prefix + "mailTemplate", old, changed, StatusDef::mailTemplate, changes);
    compare(prefix + "timeLimitHours", old, changed, StatusDef::timeLimitHours, changes);
    compare(prefix + "kitWithMember", old, changed, StatusDef::kitWithMember, changes);
    compare(prefix + "itemsReceived", old, changed, StatusDef::itemsReceived, changes);
    compare(
        prefix + "requiresVerifiedMember",
        old,
        changed,
        StatusDef::requiresVerifiedMember,
        changes);
  }

  private static void compare(
      String field,
      StatusDef old,
      StatusDef changed,
      Function<StatusDef, Object> setting,
      List<FieldChange> changes) {
    Object before = setting.apply(old);
    Object after = setting.apply(changed);
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }

  private static Map<String, StatusDef> byCode(List<StatusDef> statuses) {
    var map = new LinkedHashMap<String, StatusDef>();
    statuses.forEach(status -> map.put(status.code(), status));
    return map;
  }

  public RequestType type() {
    return RequestType.valueOf(type);
  }

  /** Every status, in their configured order. */
  public List<StatusDef> statuses() {
    return statuses.stream().sorted(Comparator.comparingInt(StatusDef::order)).toList();
  }

  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  public Optional<StatusDef> status(String code) {
    return statuses.stream().filter(status -> status.code().equals(code)).findFirst();
  }

  /**
   * The status as requests show it: the configured one, or a stand-in for a code the configuration
   * no longer has.
   */
  public StatusDef statusOrUnknown(String code) {
    return status(code).orElseGet(() -> StatusDef.unknown(code));
  }

  /** Where new requests of the type start. */
  public StatusDef initial() {
    return statuses.stream()
        .filter(StatusDef::initial)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Request type " + type + " has no initial"));
  }

  /** Whether the transition {@code from → to} is configured. */
  public boolean hasTransition(String from, String to) {
    return transitions.contains(new Transition(from, to));
  }

  /** The statuses configured as reachable from {@code from}, retired ones included, in order. */
  public List<StatusDef> targetsFrom(String from) {
    return statuses().stream().filter(status -> hasTransition(from, status.code())).toList();
  }

  /**
   * The statuses a request is in once its items are in the shop and until it ends: every status
   * ordered at or after the first one flagged {@code itemsReceived}, terminal ones left out.
   */
  public Set<String> itemsInShopStatuses() {
    var first = statuses.stream().filter(StatusDef::itemsReceived).mapToInt(StatusDef::order).min();
    if (first.isEmpty()) {
      return Set.of();
    }
    var codes = new LinkedHashSet<String>();
    for (StatusDef status : statuses()) {
      if (status.order() >= first.getAsInt() && !status.terminal()) {
        codes.add(status.code());
      }
    }
    return codes;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
