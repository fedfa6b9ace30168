package jp.azukari.member.profile;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Validates a {@link NormalizedInput} by normalising it; each rejected field becomes a field error
 * ({@code address.postalCode}, ...) with the rule's message, answered by the platform as a 400
 * problem with {@code errors: [{field, message}]}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NormalizedInputValidator.class)
@interface ValidInput {

  String message() default "Some fields are not valid.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
