package jp.azukari.member.registration;

import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A problem of sign-up or of a staff application, answered as problem details with a stable {@code
 * code} (also in the {@code type}, {@code urn:azukari:problem:<code>}) for the web to translate.
 */
class RegistrationProblem extends ErrorResponseException {

  private RegistrationProblem(HttpStatus status, String code, String title, String detail) {
    super(status, problem(status, code, title, detail), null);
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    problem.setTitle(title);
    return problem;
  }

  static RegistrationProblem linkUnknown() {
    return new RegistrationProblem(
        HttpStatus.NOT_FOUND,
        "link-unknown",
        "Unknown link",
        "This link is not valid. Use the link in the newest mail, or sign up again to get a new one.");
  }

  static RegistrationProblem linkExpired() {
    return new RegistrationProblem(
        HttpStatus.GONE,
        "link-expired",
        "Link expired",
        "This link has expired. Sign up again with the same address to get a new one.");
  }

  static RegistrationProblem linkUsed() {
    return new RegistrationProblem(
        HttpStatus.GONE,
        "link-used",
        "Link already used",
        "This link was already used. Log in with your email address and password.");
  }

  static RegistrationProblem passwordRejected(String reason) {
    return new RegistrationProblem(
        HttpStatus.BAD_REQUEST, "password-rejected", "Password not allowed", reason);
  }

  static RegistrationProblem identityProviderUnavailable() {
    return new RegistrationProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "identity-provider-unavailable",
        "Try again in a moment",
        "The login service is not reachable right now. Your link still works: try again in a few minutes.");
  }

  static RegistrationProblem alreadyRegistered() {
    return new RegistrationProblem(
        HttpStatus.CONFLICT,
        "already-registered",
        "Already registered",
        "This email address already belongs to a member. Look the member up instead of applying again.");
  }

  static RegistrationProblem accountExists() {
    return new RegistrationProblem(
        HttpStatus.CONFLICT,
        "account-exists",
        "Login account exists",
        "There is already a login account with this email address. Log in with it instead.");
  }

  static RegistrationProblem blacklisted() {
    return new RegistrationProblem(
        HttpStatus.CONFLICT,
        "blacklisted",
        "Blacklisted",
        "This email address or phone number belongs to a blacklisted member; the shop does not accept an application.");
  }

  static RegistrationProblem emailAlreadyConfirmed() {
    return new RegistrationProblem(
        HttpStatus.CONFLICT,
        "email-already-confirmed",
        "Address already confirmed",
        "This member has already confirmed their email address.");
  }

  static RegistrationProblem tooManyMails() {
    return new RegistrationProblem(
        HttpStatus.TOO_MANY_REQUESTS,
        "too-many-mails",
        "Too many mails",
        "Several mails went to this address recently. Wait a while before sending another.");
  }

  static RegistrationProblem memberUnknown() {
    return new RegistrationProblem(
        HttpStatus.NOT_FOUND, "member-unknown", "No such member", "There is no such member.");
  }

  String code() {
    return (String) getBody().getProperties().get("code");
  }
}
