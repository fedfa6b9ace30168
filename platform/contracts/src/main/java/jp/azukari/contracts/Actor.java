package jp.azukari.contracts;

/** Who caused an event: a member, a staff member or the system itself. */
public record Actor(String id, ActorType type, String name) {

  public static Actor system(String name) {
    return new Actor(name, ActorType.SYSTEM, name);
  }
}
