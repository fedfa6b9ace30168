package jp.azukari.member.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.azukari.member.japanese.Prefectures;
import jp.azukari.member.japanese.RejectedInput;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Verification;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.platform.web.Paging;
import org.springframework.data.domain.Sort;

/**
 * What staff asked the member list for, checked: a query's words in search-key form, the filters,
 * one page and one sort. Anything the list cannot answer is refused with a message saying what it
 * can.
 *
 * @param words the query's words, each of which must begin one of the member's search keys
 * @param status the account status, or {@code null} for any
 * @param verification the verification state, or {@code null} for any
 * @param emailConfirmed whether the address is confirmed, or {@code null} for either
 * @param prefecture the prefecture's full name, or {@code null} for any
 * @param includeMerged whether records merged into another member are listed too (hidden by
 *     default: each is only a pointer to the record that stays)
 */
record MemberSearch(
    List<String> words,
    AccountStatus status,
    Verification.State verification,
    Boolean emailConfirmed,
    String prefecture,
    int page,
    int size,
    Sort sort,
    boolean includeMerged) {

  /** The sortable columns by their API names, and the stored fields each sorts by. */
  static final Map<String, List<String>> SORTABLE =
      Map.of(
          "createdAt", List.of("createdAt"),
          "updatedAt", List.of("updatedAt"),
          "status", List.of("status"),
          "nameKana", List.of("profile.familyNameKana", "profile.givenNameKana"));

  static MemberSearch parse(
      String q,
      String status,
      String verification,
      Boolean emailConfirmed,
      String prefecture,
      Integer page,
      Integer size,
      String sort) {
    return parse(q, status, verification, emailConfirmed, prefecture, page, size, sort, null);
  }

  static MemberSearch parse(
      String q,
      String status,
      String verification,
      Boolean emailConfirmed,
      String prefecture,
      Integer page,
      Integer size,
      String sort,
      Boolean includeMerged) {
    Paging.query(q);
    int pageNumber = Paging.page(page);
    int pageSize = Paging.size(size);
    return new MemberSearch(
        SearchKeys.words(q),
        parseEnum(AccountStatus.class, status, "status"),
        parseEnum(Verification.State.class, verification, "verification"),
        emailConfirmed,
        parsePrefecture(prefecture),
        pageNumber,
        pageSize,
        parseSort(sort),
        Boolean.TRUE.equals(includeMerged));
  }

  static Sort parseSort(String sort) {
    return Paging.sort(sort, SORTABLE, "createdAt,desc");
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "Filter "
              + name
              + " by one of "
              + String.join(
                  ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
              + ".");
    }
  }

  private static String parsePrefecture(String value) {
    try {
      return Prefectures.normalize(value);
    } catch (RejectedInput unknown) {
      throw new InvalidRequestException(unknown.getMessage());
    }
  }
}
