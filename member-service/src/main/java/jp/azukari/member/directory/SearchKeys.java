package jp.azukari.member.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.azukari.member.japanese.Kana;
import jp.azukari.member.japanese.Text;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Profile;

/**
 * The words a member is found by, in one normal form that both the stored keys and the typed query
 * go through: widths folded (ｶﾀｶﾅ, ０９０ and Ａ become カタカナ, 090 and a), hiragana turned to katakana,
 * letters lower-cased, spaces removed, and digits written without hyphens (090-1234-5678 and
 * 〒100-0001 become 09012345678 and 1000001). A query word matches a member when it is the beginning
 * of one of the member's keys, which an index on the keys answers.
 */
final class SearchKeys {

  static final String FIELD = "searchKeys";
  private static final int MAX_QUERY_WORDS = 5;

  private SearchKeys() {}

  /**
   * Name, name kana, full name and kana, phone, postal code and email of the member; none for a
   * member whose personal data was erased.
   */
  static List<String> of(Member member) {
    if (member.erased()) {
      return List.of();
    }
    Profile profile = member.profile();
    Set<String> keys = new LinkedHashSet<>();
    add(keys, profile.familyName());
    add(keys, profile.givenName());
    add(keys, join(profile.familyName(), profile.givenName()));
    add(keys, profile.familyNameKana());
    add(keys, profile.givenNameKana());
    add(keys, join(profile.familyNameKana(), profile.givenNameKana()));
    add(keys, profile.phone());
    add(keys, profile.address().postalCode());
    add(keys, member.email());
    return List.copyOf(keys);
  }

  /** The query's words in the keys' normal form; at most five, blank ones dropped. */
  static List<String> words(String query) {
    if (query == null) {
      return List.of();
    }
    String folded = Text.foldWidth(withoutControlCharacters(query));
    var words = new ArrayList<String>();
    for (String word : folded.strip().split("\\p{Zs}+")) {
      String key = normalize(word);
      if (!key.isEmpty() && words.size() < MAX_QUERY_WORDS) {
        words.add(key);
      }
    }
    return words;
  }

  static String normalize(String text) {
    String folded = Text.foldWidth(withoutControlCharacters(text)).replaceAll("\\p{Zs}+", "");
    String digits = Text.withoutSeparators(Normalizer.normalize(folded, Normalizer.Form.NFKC));
    if (digits.startsWith("〒")) {
      digits = digits.substring(1);
    }
    if (!digits.isEmpty() && digits.matches("\\+?[0-9()]+")) {
      return digits.replaceAll("[()]", "");
    }
    return Kana.toKatakana(folded).toLowerCase(Locale.ROOT);
  }

  private static void add(Set<String> keys, String value) {
    if (value != null) {
      String key = normalize(value);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
  }

  private static String join(String family, String given) {
    return family == null || given == null ? null : family + given;
  }

  private static String withoutControlCharacters(String text) {
    return text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
  }
}
