package jp.azukari.member.verification;

/** Which side of the document a photo shows. */
public enum DocumentSide {
  FRONT,
  BACK
}
