package jp.azukari.member.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-up links behave.
 *
 * @param signUpLinkValidity how long the link of a web sign-up works
 * @param applicationLinkValidity how long the link of a staff application or an import invitation
 *     works
 * @param mailsPerAddress how many mails one address gets at most within {@code mailWindow}; more
 *     requests are quietly ignored (public sign-up) or refused with 429 (staff)
 * @param mailWindow the window of {@code mailsPerAddress}
 */
@ConfigurationProperties("azukari.registration")
record RegistrationProperties(
    @DefaultValue("24h") Duration signUpLinkValidity,
    @DefaultValue("7d") Duration applicationLinkValidity,
    @DefaultValue("5") int mailsPerAddress,
    @DefaultValue("1h") Duration mailWindow) {}
