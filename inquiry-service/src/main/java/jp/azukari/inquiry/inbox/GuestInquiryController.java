package jp.azukari.inquiry.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public contact form: no account, a challenge, a rate limit and size limits. */
@RestController
@RequestMapping("/api/inquiries/guest")
class GuestInquiryController {

  /** What the guest learns: the number to quote. */
  record Received(String number) {}

  private final GuestForm form;
  private final Inquiries inquiries;

  GuestInquiryController(GuestForm form, Inquiries inquiries) {
    this.form = form;
    this.inquiries = inquiries;
  }

  @GetMapping("/challenge")
  GuestForm.Challenge challenge(@RequestParam(defaultValue = "ja") String lang) {
    return form.challenge(lang);
  }

  @PostMapping
  ResponseEntity<Received> submit(
      @Valid @RequestBody InboxInputs.GuestInquiryInput input, HttpServletRequest request) {
    form.check(GuestForm.client(request), input.challengeId(), input.answer());
    Inquiry inquiry =
        inquiries.openByGuest(
            input.name(),
            input.email(),
            input.phone(),
            input.subject(),
            input.text(),
            input.language());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Received(inquiry.number()));
  }
}
