package jp.azukari.workflow.statuses;

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
import org.springframework.web.server.ResponseStatusException;

/**
 * Request types with their statuses and transitions. Anyone signed in reads them (the member web
 * shows labels and colours); only admins change them, naming the version they edited.
 */
@RestController
@RequestMapping("/api/requests/types")
class StatusesController {

  /** What an admin sends to replace a type's configuration. */
  record ConfigurationInput(List<StatusDef> statuses, List<Transition> transitions) {}

  private final StatusConfigurations configurations;

  StatusesController(StatusConfigurations configurations) {
    this.configurations = configurations;
  }

  @GetMapping
  List<RequestTypeView> types() {
    return configurations.all().stream().map(RequestTypeView::of).toList();
  }

  @GetMapping("/{type}")
  ResponseEntity<RequestTypeView> type(@PathVariable String type) {
    return answer(configurations.of(typeNamed(type)));
  }

  @PutMapping("/{type}")
  @PreAuthorize("hasRole('admin')")
  ResponseEntity<RequestTypeView> replace(
      @PathVariable String type,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody ConfigurationInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(
        configurations.replace(typeNamed(type), version, input.statuses(), input.transitions()));
  }

  private static RequestType typeNamed(String type) {
    return RequestType.parse(type)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no such request type."));
  }

  private static ResponseEntity<RequestTypeView> answer(StatusConfiguration configuration) {
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(configuration.version()))
        .body(RequestTypeView.of(configuration));
  }
}
