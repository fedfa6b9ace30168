package jp.azukari.item.field;

import java.util.List;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The item fields: everyone signed in reads them (the member web builds its item form from them);
 * admins replace them, on the version they read ({@code If-Match}).
 */
@RestController
@RequestMapping("/api/items/fields")
class FieldsController {

  /** The configuration as answered: its version and its fields in order. */
  record FieldsView(long version, List<FieldDef> fields) {
    static FieldsView of(FieldConfiguration configuration) {
      return new FieldsView(configuration.version(), configuration.fields());
    }
  }

  /** An admin's replacement of the fields. */
  record FieldsInput(List<FieldInput> fields) {}

  private final ItemFields itemFields;

  FieldsController(ItemFields itemFields) {
    this.itemFields = itemFields;
  }

  @GetMapping
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<FieldsView> fields() {
    return answer(itemFields.configuration());
  }

  @PutMapping
  @PreAuthorize("hasRole('admin')")
  ResponseEntity<FieldsView> configure(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody FieldsInput input) {
    return answer(itemFields.configure(ifMatch, input == null ? null : input.fields()));
  }

  private static ResponseEntity<FieldsView> answer(FieldConfiguration configuration) {
    return ResponseEntity.ok().eTag(IfMatch.etag(configuration)).body(FieldsView.of(configuration));
  }
}
