package jp.azukari.workflow.statuses;

/** Staff may move a request from the status {@code from} to the status {@code to}. */
public record Transition(String from, String to) {

  @Override
  public String toString() {
    return from + "->" + to;
  }
}
