package jp.azukari.member.directory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member list of the admin console: {@code GET /api/members?q=&status=&verification=
 * &emailConfirmed=&prefecture=&page=&size=&sort=field,dir&includeMerged=}. Staff only. Records
 * merged into another member are left out unless {@code includeMerged=true}.
 */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('staff')")
class DirectoryController {

  private final MemberDirectory directory;

  DirectoryController(MemberDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  MemberPage members(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String verification,
      @RequestParam(required = false) Boolean emailConfirmed,
      @RequestParam(required = false) String prefecture,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Boolean includeMerged) {
    return directory.search(
        MemberSearch.parse(
            q, status, verification, emailConfirmed, prefecture, page, size, sort, includeMerged));
  }
}
