package jp.azukari.member.importing;

/**
 * Sends an imported member the invitation mail that lets them set a password and log in with their
 * address. <strong>Seam:</strong> the registration links and Keycloak provisioning are built
 * elsewhere; until they are connected here, {@link LoggingInvitations} only logs. Called once per
 * member that a real import run created, after the member was stored (each is also announced as
 * {@code member.MemberImported}, so a consumer of that event is the other way to connect it; use
 * one of the two, not both).
 */
public interface Invitations {

  void invite(String memberId, String email, String importId);
}
