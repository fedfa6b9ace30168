package jp.azukari.notification.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own notification preferences. Only newsletters can be turned off: mails about the
 * member's requests, verification and inquiries always go out. Setting the same value twice is
 * harmless, so no {@code If-Match} is asked for.
 */
@RestController
@RequestMapping("/api/notifications/me/preferences")
@PreAuthorize("hasRole('member')")
class PreferenceController {

  private final Preferences preferences;

  PreferenceController(Preferences preferences) {
    this.preferences = preferences;
  }

  record PreferencesView(@NotNull Boolean newsletter) {}

  @GetMapping
  PreferencesView get(@AuthenticationPrincipal Jwt token) {
    return new PreferencesView(preferences.newsletter(token.getSubject()));
  }

  @PutMapping
  PreferencesView put(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody PreferencesView wanted) {
    preferences.newsletter(token.getSubject(), wanted.newsletter(), Preferences.VIA_SETTINGS);
    return get(token);
  }
}
