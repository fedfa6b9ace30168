package jp.azukari.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActorType {
  @JsonProperty("member")
  MEMBER,
  @JsonProperty("staff")
  STAFF,
  @JsonProperty("system")
  SYSTEM
}
