package jp.azukari.item.item;

import java.util.List;
import java.util.Map;
import jp.azukari.platform.web.InvalidRequestException;
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

  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_QUERY_LENGTH = 100;

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
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "Search for at most " + MAX_QUERY_LENGTH + " characters at a time.");
    }
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? DEFAULT_SIZE : size;
    if (pageNumber < 0) {
      throw new InvalidRequestException("The page number starts at 0.");
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidRequestException("The page size must be between 1 and " + MAX_SIZE + ".");
    }
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
    if (sort == null || sort.isBlank()) {
      return Sort.by(Sort.Direction.DESC, "number");
    }
    String[] parts = sort.split(",", -1);
    List<String> fields = SORTABLE.get(parts[0].strip());
    Sort.Direction direction =
        parts.length == 2
            ? Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null)
            : parts.length == 1 ? Sort.Direction.ASC : null;
    if (fields == null || direction == null) {
      throw new InvalidRequestException(
          "Sort by one of "
              + String.join(", ", SORTABLE.keySet().stream().sorted().toList())
              + ", as field,asc or field,desc.");
    }
    return Sort.by(direction, fields.toArray(String[]::new)).and(Sort.by("_id"));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
