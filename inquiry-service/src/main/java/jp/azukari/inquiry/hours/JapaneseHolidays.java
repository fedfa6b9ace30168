package jp.azukari.inquiry.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese public holidays (国民の祝日) from 2000 on, by the rules of the Act on National Holidays:
 * fixed days, Happy-Monday days, the equinoxes (by the standard approximation, valid 1980–2099),
 * the one-off days of 2019–2021, substitute holidays (振替休日: a holiday on a Sunday moves to the next
 * day that is no holiday) and citizens' holidays (国民の休日: a day between two holidays).
 *
 * <p>No library on Maven Central computes these offline and is kept up: the maintained ones either
 * download the Cabinet Office's list at run time or need an XML binding. The Cabinet Office
 * announces each year's equinoxes in February of the year before; they have always matched the
 * formula in this century. A future one-off holiday is added to {@link #ONE_OFF}, or by an admin as
 * an extra closed day.
 */
public final class JapaneseHolidays {

  private static final Map<LocalDate, String> ONE_OFF =
      Map.of(
          LocalDate.of(2019, 5, 1), "天皇の即位の日",
          LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");

  private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

  private JapaneseHolidays() {}

  /** Whether the day is a public holiday (including substitute and citizens' holidays). */
  public static boolean isHoliday(LocalDate date) {
    return name(date).isPresent();
  }

  /** The holiday's Japanese name, if the day is one. */
  public static Optional<String> name(LocalDate date) {
    return Optional.ofNullable(of(date.getYear()).get(date));
  }

  /** All holidays of a year, in date order. */
  public static Map<LocalDate, String> of(int year) {
    if (year < 2000 || year > 2099) {
      throw new IllegalArgumentException("Holidays are known for 2000 to 2099, not " + year);
    }
    return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
  }

  private static Map<LocalDate, String> compute(int year) {
    var days = new TreeMap<LocalDate, String>();
    days.put(LocalDate.of(year, 1, 1), "元日");
    days.put(monday(year, Month.JANUARY, 2), "成人の日");
    days.put(LocalDate.of(year, 2, 11), "建国記念の日");
    if (year >= 2020) {
      days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    }
    days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
    days.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
    days.put(LocalDate.of(year, 5, 3), "憲法記念日");
    if (year >= 2007) {
      days.put(LocalDate.of(year, 5, 4), "みどりの日");
    }
    days.put(LocalDate.of(year, 5, 5), "こどもの日");
    days.put(marineDay(year), "海の日");
    if (year >= 2016) {
      days.put(mountainDay(year), "山の日");
    }
    days.put(year >= 2003 ? monday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
    days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
    days.put(sportsDay(year), year >= 2020 ? "スポーツの日" : "体育の日");
    days.put(LocalDate.of(year, 11, 3), "文化の日");
    days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    if (year <= 2018) {
      days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
    }
    ONE_OFF.forEach(
        (date, name) -> {
          if (date.getYear() == year) {
            days.put(date, name);
          }
        });
    addCitizensHolidays(days);
    addSubstituteHolidays(days, year);
    return Collections.unmodifiableSortedMap(days);
  }

  /** A day that is neither a Sunday nor a holiday, with holidays on both sides. */
  private static void addCitizensHolidays(TreeMap<LocalDate, String> days) {
    var holidays = days.navigableKeySet().stream().toList();
    for (LocalDate day : holidays) {
      LocalDate between = day.plusDays(1);
      if (days.containsKey(day.plusDays(2))
          && !days.containsKey(between)
          && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.put(between, "国民の休日");
      }
    }
  }

  /**
   * Since 2007 a holiday on a Sunday makes the next day that is no holiday a holiday (before 2007
   * only the Monday, which is the same day in every case that occurred).
   */
  private static void addSubstituteHolidays(TreeMap<LocalDate, String> days, int year) {
    var sundays =
        days.navigableKeySet().stream()
            .filter(day -> day.getDayOfWeek() == DayOfWeek.SUNDAY)
            .toList();
    for (LocalDate sunday : sundays) {
      LocalDate next = sunday.plusDays(1);
      while (days.containsKey(next)) {
        next = next.plusDays(1);
      }
      if (next.getYear() == year) {
        days.put(next, "休日");
      }
    }
  }

  private static LocalDate marineDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 7, 23);
      case 2021 -> LocalDate.of(2021, 7, 22);
      default -> year >= 2003 ? monday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
    };
  }

  private static LocalDate mountainDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 8, 10);
      case 2021 -> LocalDate.of(2021, 8, 8);
      default -> LocalDate.of(year, 8, 11);
    };
  }

  private static LocalDate sportsDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 7, 24);
      case 2021 -> LocalDate.of(2021, 7, 23);
      default -> monday(year, Month.OCTOBER, 2);
    };
  }

  /** The standard approximation of the vernal equinox day in Japan, 1980–2099. */
  static int vernalEquinoxDay(int year) {
    return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
  }

  /** The standard approximation of the autumnal equinox day in Japan, 1980–2099. */
  static int autumnalEquinoxDay(int year) {
    return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
  }

  private static LocalDate monday(int year, Month month, int ordinal) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }
}
