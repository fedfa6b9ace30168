package jp.azukari.workflow.requests;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import jp.azukari.platform.web.IfMatch;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.web.InvalidFields;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every request, for the admin console: start one for a member, list, board, detail, moves (one or
 * many), hold, member mail. Staff only. Edits of one request name its version in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/requests")
@PreAuthorize("hasRole('staff')")
class StaffRequestController {

  static final int DEFAULT_BOARD_LIMIT = 50;
  static final int MAX_BOARD_LIMIT = 200;

  /** The answer to a bulk move: one outcome per request, in the order asked. */
  record BulkResults(List<Requests.BulkOutcome> results) {}

  private final Requests requests;
  private final RequestViews views;
  private final RequestQueries queries;

  StaffRequestController(Requests requests, RequestViews views, RequestQueries queries) {
    this.requests = requests;
    this.views = views;
    this.queries = queries;
  }

  @PostMapping
  ResponseEntity<RequestView> start(@Valid @RequestBody RequestInputs.StaffRequestInput input) {
    RequestType type = RequestType.valueOf(input.type());
    int kitCount = kitCount(type, input.kitCount());
    Request request =
        requests.startByStaff(
            input.memberId().strip(),
            type,
            Channel.valueOf(input.channel()),
            kitCount,
            blankToNull(input.note()));
    return ResponseEntity.created(URI.create("/api/requests/" + request.id()))
        .eTag(IfMatch.etag(request.revision()))
        .body(views.view(request));
  }

  @GetMapping
  RequestPage list(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String memberId,
      @RequestParam(required = false) String attention,
      @RequestParam(required = false) Boolean onHold,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    return queries.search(
        RequestSearch.parse(type, status, memberId, attention, onHold, q, page, size, sort));
  }

  @GetMapping("/board")
  BoardView board(
      @RequestParam(defaultValue = "KIT") String type,
      @RequestParam(required = false) Integer limit) {
    int columnLimit = limit == null ? DEFAULT_BOARD_LIMIT : limit;
    if (columnLimit < 0 || columnLimit > MAX_BOARD_LIMIT) {
      throw new InvalidRequestException(
          "Show between 0 and " + MAX_BOARD_LIMIT + " requests per column.");
    }
    return queries.board(RequestSearch.parseType(type), columnLimit);
  }

  @GetMapping("/{id}")
  ResponseEntity<RequestDetail> detail(@PathVariable String id) {
    return answer(requests.get(id));
  }

  @PostMapping("/{id}/transitions")
  ResponseEntity<RequestDetail> move(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody RequestInputs.TransitionInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(requests.move(id, version, input.to().strip(), input.comment()));
  }

  @PostMapping("/transitions")
  BulkResults moveEach(@Valid @RequestBody RequestInputs.BulkTransitionInput input) {
    return new BulkResults(
        requests.moveEach(
            input.requestIds().stream().map(String::strip).toList(),
            input.to().strip(),
            input.comment()));
  }

  @PutMapping("/{id}/hold")
  ResponseEntity<RequestDetail> hold(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody RequestInputs.HoldInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(requests.hold(id, version, input.note()));
  }

  @DeleteMapping("/{id}/hold")
  ResponseEntity<RequestDetail> release(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    return answer(requests.release(id, IfMatch.optionalVersion(ifMatch)));
  }

  @PutMapping("/{id}/member-mail")
  ResponseEntity<RequestDetail> switchMemberMail(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody RequestInputs.MemberMailInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(requests.switchMemberMail(id, version, input.enabled()));
  }

  @PostMapping("/{id}/member-mail/retry")
  ResponseEntity<RequestDetail> retryMemberMail(@PathVariable String id) {
    Request request = requests.retryMemberMail(id);
    return ResponseEntity.accepted()
        .eTag(IfMatch.etag(request.revision()))
        .body(views.detail(request));
  }

  /** A kit request is for 1 to 5 kits; a walk-in has no kit (0). */
  private static int kitCount(RequestType type, Integer kitCount) {
    if (type == RequestType.WALK_IN) {
      if (kitCount != null && kitCount != 0) {
        new InvalidFields.Collector()
            .add("kitCount", "walk-in", "A walk-in consignment has no delivery kit.")
            .throwIfAny("invalid-input");
      }
      return 0;
    }
    if (kitCount == null || kitCount < 1) {
      new InvalidFields.Collector()
          .add("kitCount", "required", "Say how many kits the member needs (1 to 5).")
          .throwIfAny("invalid-input");
    }
    return kitCount;
  }

  private ResponseEntity<RequestDetail> answer(Request request) {
    return ResponseEntity.ok().eTag(IfMatch.etag(request.revision())).body(views.detail(request));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
