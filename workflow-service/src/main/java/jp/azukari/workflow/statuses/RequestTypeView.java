package jp.azukari.workflow.statuses;

import java.util.List;

/**
 * A request type's configuration as the API shows it: {@code version} is what an edit names in
 * {@code If-Match}.
 */
record RequestTypeView(
    String type,
    TranslatedText name,
    List<StatusDef> statuses,
    List<Transition> transitions,
    long version) {

  static RequestTypeView of(StatusConfiguration configuration) {
    return new RequestTypeView(
        configuration.type().name(),
        configuration.type().label(),
        configuration.statuses(),
        configuration.transitions(),
        configuration.version() == null ? 0 : configuration.version());
  }
}
