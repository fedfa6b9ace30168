package jp.azukari.member.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.azukari.member.importing.ImportRow.Message;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.profile.TypedProfile;

/**
 * One data row checked by the rules of the member profile: its address in normal form and its
 * normalised profile (empty cells {@code null}), or the reasons it is refused, field by field.
 *
 * <p>Two repairs are made before checking, both for what Excel does to numbers: a phone number of 9
 * or 10 digits without its leading 0 gets it back (Japanese numbers all start with 0, and a numeric
 * cell drops it), and a postal code of 6 digits gets its leading 0 (060-0001 stored as the number
 * 600001).
 */
record CheckedRow(long row, String email, Profile profile, List<Message> messages) {

  static final int EMAIL_MAX = 254;

  boolean valid() {
    return messages.isEmpty();
  }

  static CheckedRow check(
      long row, Map<String, String> values, ImportColumns columns, LocalDate today) {
    var messages = new ArrayList<Message>();
    String email = email(values.get(ImportColumns.EMAIL), columns, messages);
    String[] name = split(values.get(ImportColumns.NAME));
    String[] kana = split(values.get(ImportColumns.NAME_KANA));
    if (name.length == 1) {
      messages.add(
          new Message(
              "familyName",
              columns.headerOf(ImportColumns.NAME),
              "import.nameNotSplit",
              "Separate the family and given name with a space, or use 姓 and 名 columns."));
    }
    if (kana.length == 1) {
      messages.add(
          new Message(
              "familyNameKana",
              columns.headerOf(ImportColumns.NAME_KANA),
              "import.nameNotSplit",
              "Separate the family and given name kana with a space, or use セイ and メイ columns."));
    }
    var typed =
        new TypedProfile(
            firstGiven(values.get("familyName"), name, 0),
            firstGiven(values.get("givenName"), name, 1),
            firstGiven(values.get("familyNameKana"), kana, 0),
            firstGiven(values.get("givenNameKana"), kana, 1),
            values.get("birthDate"),
            withLeadingZero(values.get("phone"), 9, 10),
            withLeadingZero(values.get("address.postalCode"), 6, 6),
            values.get("address.prefecture"),
            values.get("address.city"),
            values.get("address.line1"),
            values.get("address.line2"),
            values.get("occupation"));
    var result = typed.normalize(today);
    for (var problem : result.problems()) {
      messages.add(
          new Message(
              problem.field(),
              header(problem.field(), columns),
              problem.code(),
              problem.message()));
    }
    return new CheckedRow(
        row, email, messages.isEmpty() ? result.profile() : null, List.copyOf(messages));
  }

  /** The address in normal form: NFKC (full-width typing), trimmed, lower case. */
  static String normalizeEmail(String raw) {
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static String email(String raw, ImportColumns columns, List<Message> messages) {
    String column = columns.headerOf(ImportColumns.EMAIL);
    String email = raw == null ? "" : normalizeEmail(raw);
    if (email.isEmpty()) {
      messages.add(
          new Message(
              ImportColumns.EMAIL,
              column,
              "import.emailRequired",
              "Every row needs an email address: members are matched and invited by it."));
      return null;
    }
    if (email.length() > EMAIL_MAX
        || !email.matches("[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}.]+")) {
      messages.add(
          new Message(
              ImportColumns.EMAIL,
              column,
              "import.emailFormat",
              "This is not an email address, e.g. hanako@example.com."));
      return null;
    }
    return email;
  }

  private static String header(String field, ImportColumns columns) {
    if (columns.fields().contains(field)) {
      return columns.headerOf(field);
    }
    return switch (field) {
      case "familyName", "givenName" -> columns.headerOf(ImportColumns.NAME);
      case "familyNameKana", "givenNameKana" -> columns.headerOf(ImportColumns.NAME_KANA);
      default -> field;
    };
  }

  /** A full name split at its first space: empty when blank, one part when it has no space. */
  private static String[] split(String full) {
    if (full == null || full.isBlank()) {
      return new String[0];
    }
    return full.strip().split("[\\s\\u3000]+", 2);
  }

  private static String firstGiven(String own, String[] parts, int index) {
    if (own != null && !own.isBlank()) {
      return own;
    }
    return parts.length == 2 ? parts[index] : null;
  }

  private static String withLeadingZero(String value, int minDigits, int maxDigits) {
    if (value == null) {
      return null;
    }
    String digits = value.strip();
    if (digits.matches("[1-9][0-9]*")
        && digits.length() >= minDigits
        && digits.length() <= maxDigits) {
      return "0" + digits;
    }
    return value;
  }
}
