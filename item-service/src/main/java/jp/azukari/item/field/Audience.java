package jp.azukari.item.field;

/** Who writes or reads item values: members see and enter only member-editable fields. */
public enum Audience {
  MEMBER,
  STAFF
}
