package jp.azukari.member.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.azukari.member.japanese.Text;

/**
 * What each column of an import file holds, read from its header row. Japanese shops' own exports
 * name columns in Japanese (メールアドレス, 姓, セイ, 郵便番号, ...), others in English (email, familyName, ...);
 * widths, spaces, brackets and case do not matter. Columns nobody knows are listed so staff see
 * what was left out.
 *
 * @param fieldByColumn the field each known column fills, by column index
 * @param headers the header text of every column, by column index
 * @param unknown headers of the columns that were ignored
 */
record ImportColumns(
    Map<Integer, String> fieldByColumn, List<String> headers, List<String> unknown) {

  static final String EMAIL = "email";

  /** Family and given name in one column, separated by a space (氏名). */
  static final String NAME = "name";

  /** Family and given name kana in one column, separated by a space (フリガナ). */
  static final String NAME_KANA = "nameKana";

  private static final Map<String, String> ALIASES = aliases();

  /**
   * @throws ImportRefused when there is no email column or two columns mean the same field
   */
  static ImportColumns of(List<String> headerRow) {
    var fieldByColumn = new LinkedHashMap<Integer, String>();
    var columnByField = new HashMap<String, Integer>();
    var headers = new ArrayList<String>();
    var unknown = new ArrayList<String>();
    for (int i = 0; i < headerRow.size(); i++) {
      String header = headerRow.get(i) == null ? "" : headerRow.get(i).strip();
      headers.add(header);
      if (header.isEmpty()) {
        continue;
      }
      String field = ALIASES.get(key(header));
      if (field == null) {
        unknown.add(header);
        continue;
      }
      Integer earlier = columnByField.putIfAbsent(field, i);
      if (earlier != null) {
        throw new ImportRefused(
            "import.duplicateColumn",
            "The columns \""
                + headers.get(earlier)
                + "\" and \""
                + header
                + "\" both hold "
                + field
                + ". Keep one of them.");
      }
      fieldByColumn.put(i, field);
    }
    if (!columnByField.containsKey(EMAIL)) {
      throw new ImportRefused(
          "import.noEmailColumn",
          "The first row must name the columns, and one of them must be the email address"
              + " (メールアドレス or email): members are matched by it.");
    }
    return new ImportColumns(fieldByColumn, List.copyOf(headers), List.copyOf(unknown));
  }

  /** The fields the file fills, in column order. */
  List<String> fields() {
    return List.copyOf(fieldByColumn.values());
  }

  /** The header of the column holding {@code field}, or the field's name if no column does. */
  String headerOf(String field) {
    return fieldByColumn.entrySet().stream()
        .filter(e -> e.getValue().equals(field))
        .map(e -> headers.get(e.getKey()))
        .findFirst()
        .orElse(field);
  }

  /** A row's cells by field; cells of unknown columns are dropped, missing ones are absent. */
  Map<String, String> valuesOf(List<String> cells) {
    var values = new HashMap<String, String>();
    fieldByColumn.forEach(
        (column, field) -> {
          if (column < cells.size() && cells.get(column) != null) {
            values.put(field, cells.get(column));
          }
        });
    return values;
  }

  private static String key(String header) {
    return Text.foldWidth(header)
        .replaceAll("[\\s()\\[\\]（）【】「」・_\\-:：*※]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> aliases() {
    var aliases = new HashMap<String, String>();
    alias(
        aliases,
        EMAIL,
        "メールアドレス",
        "メール",
        "eメール",
        "eメールアドレス",
        "email",
        "mail",
        "mailaddress",
        "emailaddress");
    alias(aliases, "familyName", "姓", "氏", "苗字", "名字", "familyName", "lastName", "surname");
    alias(aliases, "givenName", "名", "givenName", "firstName");
    alias(
        aliases,
        "familyNameKana",
        "セイ",
        "せい",
        "姓カナ",
        "姓フリガナ",
        "姓ふりがな",
        "フリガナ姓",
        "familyNameKana",
        "lastNameKana");
    alias(
        aliases,
        "givenNameKana",
        "メイ",
        "めい",
        "名カナ",
        "名フリガナ",
        "名ふりがな",
        "フリガナ名",
        "givenNameKana",
        "firstNameKana");
    alias(aliases, NAME, "氏名", "名前", "お名前", "name", "fullName");
    alias(aliases, NAME_KANA, "フリガナ", "ふりがな", "氏名カナ", "氏名フリガナ", "カナ", "nameKana", "furigana");
    alias(aliases, "birthDate", "生年月日", "誕生日", "birthDate", "birthday", "dateOfBirth");
    alias(
        aliases,
        "phone",
        "電話番号",
        "電話",
        "携帯電話",
        "携帯電話番号",
        "携帯番号",
        "tel",
        "phone",
        "phoneNumber",
        "telephone");
    alias(aliases, "address.postalCode", "郵便番号", "〒", "postalCode", "zip", "zipCode", "postcode");
    alias(aliases, "address.prefecture", "都道府県", "prefecture");
    alias(aliases, "address.city", "市区町村", "city");
    alias(aliases, "address.line1", "住所1", "番地", "町名番地", "address1", "line1", "addressLine1");
    alias(aliases, "address.line2", "住所2", "建物名", "建物名部屋番号", "address2", "line2", "addressLine2");
    alias(aliases, "occupation", "職業", "occupation", "job");
    return Map.copyOf(aliases);
  }

  private static void alias(Map<String, String> aliases, String field, String... headers) {
    for (String header : headers) {
      aliases.put(key(header), field);
    }
  }
}
