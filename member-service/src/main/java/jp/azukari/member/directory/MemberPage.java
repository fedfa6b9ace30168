package jp.azukari.member.directory;

import java.util.List;

/** A page of the member list, shaped as Spring Data's paged model is on the wire. */
record MemberPage(List<MemberSummary> content, PageMetadata page) {

  record PageMetadata(int size, int number, long totalElements, long totalPages) {}

  static MemberPage of(List<MemberSummary> content, int size, int number, long total) {
    return new MemberPage(
        content, new PageMetadata(size, number, total, (total + size - 1) / size));
  }
}
