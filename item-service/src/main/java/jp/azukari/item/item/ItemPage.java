package jp.azukari.item.item;

import java.util.List;

/** A page of the item list, shaped as Spring Data's paged model is on the wire. */
record ItemPage(List<ItemView> content, PageMetadata page) {

  record PageMetadata(int size, int number, long totalElements, long totalPages) {}

  static ItemPage of(List<ItemView> content, int size, int number, long total) {
    return new ItemPage(content, new PageMetadata(size, number, total, (total + size - 1) / size));
  }
}
