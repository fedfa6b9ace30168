package jp.azukari.member.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up with only an email address: from the public web form, or by staff for a customer on the
 * phone or at the counter. The answer is the same whether or not the address is known, so it
 * reveals nothing about who is registered.
 */
@RestController
@RequestMapping("/api/members/registrations")
class RegistrationController {

  private final Registrations registrations;

  RegistrationController(Registrations registrations) {
    this.registrations = registrations;
  }

  record SignUp(@NotBlank @Email @Size(max = 254) String email) {}

  record StaffSignUp(
      @NotBlank @Email @Size(max = 254) String email, Registration.Channel channel) {}

  record Accepted(String status) {
    static final Accepted MAIL_SENT = new Accepted("MAIL_SENT");
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted signUp(@Valid @RequestBody SignUp request) {
    registrations.start(request.email(), Registration.Channel.WEB);
    return Accepted.MAIL_SENT;
  }

  @PostMapping("/by-staff")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('staff')")
  Accepted signUpByStaff(@Valid @RequestBody StaffSignUp request) {
    var channel = request.channel() == null ? Registration.Channel.PHONE : request.channel();
    registrations.start(request.email(), channel);
    return Accepted.MAIL_SENT;
  }
}
