package jp.azukari.item.export;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export profiles: {@code GET /api/items/export-profiles} (staff) lists them, {@code GET .../{id}}
 * answers one with its {@code ETag}, {@code PUT .../{id}} (admin, {@code If-Match}) changes one or,
 * without {@code If-Match} under a new id, adds one; {@code GET /api/items/export-sources} lists
 * the column sources besides the item fields.
 */
@RestController
@RequestMapping("/api/items")
class ExportProfileController {

  private final ExportProfiles profiles;

  ExportProfileController(ExportProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/export-profiles")
  @PreAuthorize("hasRole('staff')")
  List<ProfileView> all() {
    return profiles.all().stream().map(ProfileView::of).toList();
  }

  @GetMapping("/export-profiles/{id}")
  @PreAuthorize("hasRole('staff')")
  ResponseEntity<ProfileView> one(@PathVariable String id) {
    ExportProfile profile = profiles.find(id).orElseThrow(ExportProblem::profileUnknown);
    return ResponseEntity.ok().eTag(IfMatch.etag(profile)).body(ProfileView.of(profile));
  }

  @PutMapping("/export-profiles/{id}")
  @PreAuthorize("hasRole('admin')")
  ResponseEntity<ProfileView> save(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ProfileInput input) {
    ExportProfiles.Saved saved = profiles.save(id, ifMatch, input);
    var response =
        saved.created()
            ? ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/items/export-profiles/" + id))
            : ResponseEntity.ok();
    return response.eTag(IfMatch.etag(saved.profile())).body(ProfileView.of(saved.profile()));
  }

  @GetMapping("/export-sources")
  @PreAuthorize("hasRole('staff')")
  List<ItemSources.Source> sources() {
    return ItemSources.builtIn();
  }
}
