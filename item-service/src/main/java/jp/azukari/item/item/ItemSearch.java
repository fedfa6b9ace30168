package jp.azukari.item.item;

import java.util.List;
import java.util.Map;
import jp.azukari.platform.web.Paging;
import org.springframework.data.domain.Sort;

/**
 * What staff asked the item list for, checked: filters, a text to find in the number, name, brand
 * or listing title, one page and one sort.
 *
 * @param listed {@code true} for items the auction system reported, {@code false} for the others,
 *     {@code null} for both
 */
record ItemSearch(
    String requestId, String memberId, String q, Boolean listed, int page, int size, Sort sort) {

  /** The sortable columns by their API names, and the stored fields each sorts by. */
  static final Map<String, List<String>> SORTABLE =
      Map.of(
          "number", List.of("number"),
          "createdAt", List.of("createdAt"),
          "updatedAt", List.of("updatedAt"),
          "requestId", List.of("requestId", "number"));

  static ItemSearch parse(
      String requestId,
      String memberId,
      String q,
      Boolean listed,
      Integer page,
      Integer size,
      String sort) {
    Paging.query(q);
    int pageNumber = Paging.page(page);
    int pageSize = Paging.size(size);
    return new ItemSearch(
        blankAsNull(requestId),
        blankAsNull(memberId),
        blankAsNull(q),
        listed,
        pageNumber,
        pageSize,
        parseSort(sort));
  }

  static Sort parseSort(String sort) {
    return Paging.sort(sort, SORTABLE, "number,desc");
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
