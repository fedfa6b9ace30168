package jp.azukari.workflow.requests;

import java.util.List;

/** A page of the request list, shaped as Spring Data's paged model is on the wire. */
record RequestPage(List<RequestView> content, PageMetadata page) {

  record PageMetadata(int size, int number, long totalElements, long totalPages) {}

  static RequestPage of(List<RequestView> content, int size, int number, long total) {
    return new RequestPage(
        content, new PageMetadata(size, number, total, (total + size - 1) / size));
  }
}
