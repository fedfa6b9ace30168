package jp.azukari.member.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import jp.azukari.member.japanese.BirthDate;
import jp.azukari.member.profile.MemberView;
import jp.azukari.member.profile.ProfileInput;
import jp.azukari.member.registration.Registration.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phone and walk-in applications: staff type in what the customer says, and may send the mail that
 * lets the customer confirm the address and choose a password. Staff only.
 */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('staff')")
class ApplicationController {

  private final Registrations registrations;
  private final Clock clock;

  ApplicationController(Registrations registrations, Clock clock) {
    this.registrations = registrations;
    this.clock = clock;
  }

  /**
   * @param profile normalised and validated exactly like {@code PUT /api/members/me/profile}
   * @param language the language of the customer's mails, {@code ja} (default) or {@code en}
   */
  record ApplicationRequest(
      @NotNull Channel channel,
      @NotBlank @Email @Size(max = 254) String email,
      @Valid ProfileInput profile,
      boolean sendConfirmationMail,
      @Pattern(regexp = "ja|en") String language) {}

  record Accepted(String status) {
    static final Accepted MAIL_SENT = new Accepted("MAIL_SENT");
  }

  @PostMapping("/applications")
  ResponseEntity<MemberView> apply(@Valid @RequestBody ApplicationRequest request) {
    var profile =
        request.profile() == null
            ? jp.azukari.member.profile.Profile.EMPTY
            : request.profile().normalized(BirthDate.today(clock));
    var member =
        registrations.apply(
            new Registrations.Application(
                request.channel(),
                request.email(),
                profile,
                request.sendConfirmationMail(),
                request.language()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag("\"" + member.version() + "\"")
        .body(MemberView.of(member));
  }

  @PostMapping("/{id}/confirmation-mail")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted resendConfirmationMail(@PathVariable String id) {
    registrations.resendConfirmationMail(id);
    return Accepted.MAIL_SENT;
  }
}
