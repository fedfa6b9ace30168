package jp.azukari.member.profile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Bean Validation reports each rejected field on its own path, with its rule's code. */
class NormalizedInputValidatorTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

  static final jakarta.validation.ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .constraintValidatorFactory(new WithClock())
          .buildValidatorFactory();

  final Validator validator = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void reportsEveryRejectedFieldAtOnceOnItsOwnPathWithItsCode() {
    var input =
        new ProfileInput(
            "山田\r\n",
            "花子",
            "山田",
            "はなこ",
            "2010-01-01",
            "12345",
            new ProfileInput.AddressInput("12-345", "江戸", "千代田区", "千代田1-1", null),
            "会社員");

    Map<String, String> codes =
        validator.validate(input).stream()
            .collect(
                Collectors.toMap(
                    v -> v.getPropertyPath().toString(), NormalizedInputValidatorTest::code));

    assertThat(codes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "familyName", "text.controlCharacters",
                "familyNameKana", "kana.characters",
                "birthDate", "birthDate.minor",
                "phone", "phone.format",
                "address.postalCode", "postalCode.format",
                "address.prefecture", "prefecture.unknown"));
  }

  @Test
  void aPayoutAccountNeedsEveryFieldAndSaysWhichOneIsMissing() {
    var messages =
        validator.validate(new PayoutAccountInput(null, "　", "", null, " ")).stream()
            .collect(
                Collectors.toMap(
                    v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));

    assertThat(messages)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bankName", "Enter the bank name.",
                "branchName", "Enter the branch name.",
                "accountType", "Enter the account type.",
                "accountNumber", "Enter the account number.",
                "holderKana", "Enter the account holder kana."));
  }

  @Test
  void anEmptyProfileIsValidBecauseMembersFillItInStepByStep() {
    assertThat(validator.validate(new ProfileInput(null, null, null, null, null, null, null, null)))
        .isEmpty();
  }

  @Test
  void messagesAreTakenLiterallyNeverInterpolated() {
    assertThat(NormalizedInputValidator.literal("Use {max} and ${1+1} \\ here."))
        .isEqualTo("Use \\{max\\} and \\$\\{1+1\\} \\\\ here.");
  }

  static String code(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(String.class);
  }

  static final class WithClock implements ConstraintValidatorFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == NormalizedInputValidator.class) {
        return (T) new NormalizedInputValidator(CLOCK);
      }
      try {
        return key.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {}
  }
}
