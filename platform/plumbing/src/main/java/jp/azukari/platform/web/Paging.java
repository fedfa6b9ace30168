package jp.azukari.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The checks every list endpoint makes on its search text, page and sort, so that all lists accept
 * the same input and refuse the rest with the same words (an {@link InvalidRequestException}, i.e.
 * a 400 problem).
 *
 * <p>Sorts always end with {@code _id}, so that records with equal sort values keep one order and
 * pages neither repeat nor skip them.
 */
public final class Paging {

  /** The largest page a list answers. */
  public static final int MAX_SIZE = 100;

  /** The page size when none is asked for. */
  public static final int DEFAULT_SIZE = 20;

  /** The longest search text a list accepts. */
  public static final int MAX_QUERY_LENGTH = 100;

  private static final Sort TIE_BREAK = Sort.by("_id");

  private Paging() {}

  /**
   * Refuses a search text longer than {@link #MAX_QUERY_LENGTH}.
   *
   * @return the text as given
   */
  public static String query(String q) {
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "Search for at most " + MAX_QUERY_LENGTH + " characters at a time.");
    }
    return q;
  }

  /** The page number asked for (0 when none), refused when negative. */
  public static int page(Integer page) {
    int number = page == null ? 0 : page;
    if (number < 0) {
      throw new InvalidRequestException("The page number starts at 0.");
    }
    return number;
  }

  /** The page size asked for ({@link #DEFAULT_SIZE} when none), refused outside 1..MAX_SIZE. */
  public static int size(Integer size) {
    int pageSize = size == null ? DEFAULT_SIZE : size;
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidRequestException("The page size must be between 1 and " + MAX_SIZE + ".");
    }
    return pageSize;
  }

  /**
   * The sort asked for as {@code field}, {@code field,asc} or {@code field,desc}, or the default
   * sort when none is asked for; either way tie-broken by {@code _id}.
   *
   * @param sort what the caller asked for, or {@code null}/blank for the default
   * @param sortable the sortable columns by their API names, and the stored fields each sorts by
   * @param defaultSort the sort when none is asked for, in the same form (it must be one of {@code
   *     sortable})
   * @throws InvalidRequestException when the field is not sortable or the direction is unknown
   */
  public static Sort sort(String sort, Map<String, List<String>> sortable, String defaultSort) {
    if (sort == null || sort.isBlank()) {
      Sort fallback = parse(defaultSort, sortable);
      if (fallback == null) {
        throw new IllegalArgumentException(
            "The default sort " + defaultSort + " is not one of " + sortable.keySet());
      }
      return fallback;
    }
    Sort requested = parse(sort, sortable);
    if (requested == null) {
      throw new InvalidRequestException(
          "Sort by one of "
              + String.join(", ", sortable.keySet().stream().sorted().toList())
              + ", as field,asc or field,desc.");
    }
    return requested;
  }

  private static Sort parse(String sort, Map<String, List<String>> sortable) {
    if (sort == null) {
      return null;
    }
    String[] parts = sort.split(",", -1);
    List<String> fields = sortable.get(parts[0].strip());
    Sort.Direction direction =
        parts.length == 2
            ? Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null)
            : parts.length == 1 ? Sort.Direction.ASC : null;
    if (fields == null || fields.isEmpty() || direction == null) {
      return null;
    }
    return Sort.by(direction, fields.toArray(String[]::new)).and(TIE_BREAK);
  }
}
