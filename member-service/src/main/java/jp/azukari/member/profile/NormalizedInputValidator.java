package jp.azukari.member.profile;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import jp.azukari.member.japanese.BirthDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the normalisation of a {@link NormalizedInput} and reports its field errors as constraint
 * violations on the right property paths. Each violation carries the rule's code (e.g. {@code
 * postalCode.format}) as its Hibernate Validator dynamic payload, for a user interface that wants
 * to translate messages.
 */
class NormalizedInputValidator implements ConstraintValidator<ValidInput, NormalizedInput<?>> {

  private final Clock clock;

  NormalizedInputValidator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean isValid(NormalizedInput<?> input, ConstraintValidatorContext context) {
    if (input == null) {
      return true;
    }
    var errors = new FieldErrors();
    input.normalize(BirthDate.today(clock), errors);
    if (errors.list().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    for (var error : errors.list()) {
      hibernate.withDynamicPayload(error.code());
      var violation = context.buildConstraintViolationWithTemplate(literal(error.message()));
      String[] path = error.field().split("\\.");
      var node = violation.addPropertyNode(path[0]);
      for (int i = 1; i < path.length; i++) {
        node = node.addPropertyNode(path[i]);
      }
      node.addConstraintViolation();
    }
    return false;
  }

  /** A message template that is taken literally, never interpolated. */
  static String literal(String message) {
    return message.replaceAll("([\\\\{}$])", "\\\\$1");
  }
}
