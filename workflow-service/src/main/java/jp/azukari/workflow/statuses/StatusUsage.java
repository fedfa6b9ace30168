package jp.azukari.workflow.statuses;

import java.util.Set;

/**
 * Which statuses requests are in or have been in. Answered by the requests feature, so that a
 * status with history is never removed from under the requests that went through it.
 */
public interface StatusUsage {

  /** The codes among {@code codes} that a request of {@code type} is or was in. */
  Set<String> usedAmong(RequestType type, Set<String> codes);
}
