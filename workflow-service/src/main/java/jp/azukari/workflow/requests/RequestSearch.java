package jp.azukari.workflow.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.platform.web.Paging;
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

  /** The sortable columns by their API names and the stored fields each sorts by. */
  static final Map<String, List<String>> SORTABLE =
      Map.of(
          "createdAt", List.of("createdAt"),
          "statusSince", List.of("statusSince"),
          "number", List.of("number"));

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
    Paging.query(q);
    int pageNumber = Paging.page(page);
    int pageSize = Paging.size(size);
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
    return Paging.sort(sort, SORTABLE, "createdAt,desc");
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
