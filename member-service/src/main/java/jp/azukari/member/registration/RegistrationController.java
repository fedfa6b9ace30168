package jp.azukari.member.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up with only an email address, and the confirmation link it mails; all public. The sign-up
 * answers the same whether or not the address is known, so it reveals nothing about who is
 * registered.
 */
@RestController
@RequestMapping("/api/members/registrations")
class RegistrationController {

  private final Registrations registrations;

  RegistrationController(Registrations registrations) {
    this.registrations = registrations;
  }

  /**
   * @param language the language of the mail, {@code ja} (default) or {@code en}
   */
  record SignUp(
      @NotBlank @Email @Size(max = 254) String email, @Pattern(regexp = "ja|en") String language) {}

  record Accepted(String status) {
    static final Accepted MAIL_SENT = new Accepted("MAIL_SENT");
  }

  record LinkCheck(@NotBlank @Size(max = 100) String token) {}

  record LinkDetails(String email, Purpose purpose) {}

  record Confirmation(
      @NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 256) String password) {}

  record Confirmed(String email) {}

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted signUp(@Valid @RequestBody SignUp request) {
    registrations.signUp(request.email(), request.language());
    return Accepted.MAIL_SENT;
  }

  @PostMapping("/confirmations/check")
  LinkDetails check(@Valid @RequestBody LinkCheck request) {
    var details = registrations.check(request.token());
    return new LinkDetails(details.email(), details.purpose());
  }

  @PostMapping("/confirmations")
  @ResponseStatus(HttpStatus.CREATED)
  Confirmed confirm(@Valid @RequestBody Confirmation request) {
    return new Confirmed(registrations.confirm(request.token(), request.password()));
  }
}
