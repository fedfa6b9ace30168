package jp.azukari.workflow.requests;

import jp.azukari.contracts.Actor;
import jp.azukari.contracts.ActorType;

/** Who did something to a request: a member, a staff member or the service itself. */
public record ActorRef(String id, String name, ActorType type) {

  static ActorRef of(Actor actor) {
    return new ActorRef(actor.id(), actor.name(), actor.type());
  }
}
