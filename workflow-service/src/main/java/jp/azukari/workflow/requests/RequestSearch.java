package jp.azukari.workflow.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.workflow.statuses.RequestType;
import org.springframework.data.domain.Sort;

/**
 * What staff asked the request list for, checked: filters, one page and one sort. Anything the list
 * cannot answer is refused with a message saying what it can.
 *
 * @param type the request type, or {@code null} for any
 * @param statuses status codes, any of which matches; empty for any
 * @param memberId one member's requests, or {@code null} for everyone's
 * @param attention kinds of attention, any of which matches; empty for any request
 * @param onHold whether on hold, or {@code null} for either
 * @param q a request number (or part of it) or a member's name (or part of it)
 */
record RequestSearch(
    RequestType type,
    List<String> statuses,
    String memberId,
    Set<Attention> attention,
    Boolean onHold,
    String q,
    int page,
    int size,
    Sort sort) {

  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_QUERY_LENGTH = 100;

  /** The sortable columns by their API names and the stored fields each sorts by. */
  static final Map<String, String> SORTABLE =
      Map.of("createdAt", "createdAt", "statusSince", "statusSince", "number", "number");

  static RequestSearch parse(
      String type,
      String status,
      String memberId,
      String attention,
      Boolean onHold,
      String q,
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
    return new RequestSearch(
        parseType(type),
        words(status).stream().map(code -> code.toUpperCase(Locale.ROOT)).toList(),
        memberId == null || memberId.isBlank() ? null : memberId.strip(),
        parseAttention(attention),
        onHold,
        q == null || q.isBlank() ? null : q.strip(),
        pageNumber,
        pageSize,
        parseSort(sort));
  }

  static RequestType parseType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    return RequestType.parse(type)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "Filter type by one of "
                        + String.join(
                            ", ", Arrays.stream(RequestType.values()).map(Enum::name).toList())
                        + "."));
  }

  static Set<Attention> parseAttention(String attention) {
    var kinds = EnumSet.noneOf(Attention.class);
    for (String word : words(attention)) {
      try {
        kinds.add(Attention.valueOf(word.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidRequestException(
            "Filter attention by one or more of "
                + String.join(", ", Arrays.stream(Attention.values()).map(Enum::name).toList())
                + ", separated by commas.");
      }
    }
    return kinds;
  }

  static Sort parseSort(String sort) {
    if (sort == null || sort.isBlank()) {
      return Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"));
    }
    String[] parts = sort.split(",", -1);
    String field = SORTABLE.get(parts[0].strip());
    Sort.Direction direction =
        parts.length == 2
            ? Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null)
            : parts.length == 1 ? Sort.Direction.ASC : null;
    if (field == null || direction == null) {
      throw new InvalidRequestException(
          "Sort by one of "
              + String.join(", ", SORTABLE.keySet().stream().sorted().toList())
              + ", as field,asc or field,desc.");
    }
    return Sort.by(direction, field).and(Sort.by("_id"));
  }

  private static List<String> words(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
