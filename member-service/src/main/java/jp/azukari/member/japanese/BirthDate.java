package jp.azukari.member.japanese;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates, in the Western calendar ({@code 1990-04-01}, {@code 1990/4/1}, {@code 1990年4月1日},
 * {@code 19900401}) or the Japanese one ({@code 平成2年4月1日}, {@code H2.4.1}, {@code 昭和元年12月25日}),
 * full-width digits allowed.
 *
 * <p>The rule: the member must be {@value #ADULT_AGE} or older today in Japan. Since April 2022 the
 * age of majority in Japan is 18; shops must not buy goods from minors without a guardian's consent
 * (the Antique Dealings Act's duty of care and the prefectures' youth protection ordinances), and
 * the member portal has no way to collect that consent, so it serves adults only. Dates in the
 * future and before {@value #EARLIEST} are typing mistakes.
 */
public final class BirthDate {

  public static final int ADULT_AGE = 18;
  public static final String EARLIEST = "1900-01-01";
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final Pattern WESTERN =
      Pattern.compile("([0-9]{4})(?:[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?|([0-9]{2})([0-9]{2}))");
  private static final Pattern JAPANESE =
      Pattern.compile(
          "(明治|大正|昭和|平成|令和|[MTSHR])(元|[0-9]{1,2})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?");
  private static final Map<String, JapaneseEra> ERAS =
      Map.of(
          "明治",
          JapaneseEra.MEIJI,
          "M",
          JapaneseEra.MEIJI,
          "大正",
          JapaneseEra.TAISHO,
          "T",
          JapaneseEra.TAISHO,
          "昭和",
          JapaneseEra.SHOWA,
          "S",
          JapaneseEra.SHOWA,
          "平成",
          JapaneseEra.HEISEI,
          "H",
          JapaneseEra.HEISEI,
          "令和",
          JapaneseEra.REIWA,
          "R",
          JapaneseEra.REIWA);

  private BirthDate() {}

  /** Today's date in Japan, which is what ages and "the future" are measured against. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(JAPAN));
  }

  /**
   * @return the date, or {@code null} when nothing was typed
   */
  public static LocalDate parse(String raw, LocalDate today) {
    String text =
        Text.nfkc(Text.refuseControlCharacters(raw))
            .replaceAll("\\p{Zs}", "")
            .toUpperCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date = toDate(text);
    if (date.isAfter(today)) {
      throw new RejectedInput("birthDate.future", "The birth date cannot be in the future.");
    }
    if (date.isBefore(LocalDate.parse(EARLIEST))) {
      throw new RejectedInput("birthDate.tooEarly", "Enter a birth date after " + EARLIEST + ".");
    }
    if (Period.between(date, today).getYears() < ADULT_AGE) {
      throw new RejectedInput(
          "birthDate.minor",
          "You must be " + ADULT_AGE + " or older to sell to the shop through this service.");
    }
    return date;
  }

  private static LocalDate toDate(String text) {
    try {
      Matcher western = WESTERN.matcher(text);
      if (western.matches()) {
        return western.group(2) != null
            ? LocalDate.of(number(western, 1), number(western, 2), number(western, 3))
            : LocalDate.of(number(western, 1), number(western, 4), number(western, 5));
      }
      Matcher japanese = JAPANESE.matcher(text);
      if (japanese.matches()) {
        int year = japanese.group(2).equals("元") ? 1 : number(japanese, 2);
        return LocalDate.from(
            JapaneseDate.of(
                ERAS.get(japanese.group(1)), year, number(japanese, 3), number(japanese, 4)));
      }
    } catch (DateTimeException noSuchDay) {
      throw new RejectedInput("birthDate.noSuchDay", "This day does not exist in the calendar.");
    }
    throw new RejectedInput("birthDate.format", "Enter the birth date like 1990-04-01.");
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
