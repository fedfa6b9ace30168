package jp.azukari.member.profile;

import java.time.LocalDate;

/**
 * A request body that turns what the member typed into normalised domain values, recording field
 * errors on the way. Annotated {@link ValidInput}, it is validated by doing exactly that, so the
 * rules that validate and the rules that normalise can never disagree.
 */
public interface NormalizedInput<T> {

  T normalize(LocalDate today, FieldErrors errors);

  /** The normalised value of input that passed validation. */
  default T normalized(LocalDate today) {
    var errors = new FieldErrors();
    return errors.orFail(normalize(today, errors));
  }
}
