package jp.azukari.inquiry.mail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether mails reach the inbox: staff see when the mailbox was last read and what went wrong. */
@RestController
class MailboxController {

  private final MailboxStatus status;

  MailboxController(MailboxStatus status) {
    this.status = status;
  }

  @GetMapping("/api/inquiries/mailbox")
  @PreAuthorize("hasRole('staff')")
  MailboxStatus.View mailbox() {
    return status.current();
  }
}
