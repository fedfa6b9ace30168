package jp.azukari.member.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stand-in for the invitation mail until registration links and Keycloak provisioning are
 * connected: logs which member would be invited (never the address itself). Replace this class with
 * the real {@link Invitations}.
 */
@Component
class LoggingInvitations implements Invitations {

  private static final Logger log = LoggerFactory.getLogger(LoggingInvitations.class);

  @Override
  public void invite(String memberId, String email, String importId) {
    log.info("Member {} imported by {}: invitation mail not connected yet", memberId, importId);
  }
}
