package jp.azukari.inquiry.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.inquiry.BusinessHoursChanged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When the shop answers inquiries: opening periods per weekday in one time zone, closed on Japanese
 * public holidays (when on) and on extra days, and the acknowledgement mailed to customers who
 * write while it is closed. There is one such document; admins edit it naming its version, and each
 * change announces {@link BusinessHoursChanged} with the fields' before and after.
 */
@Document("business_hours")
public class BusinessHoursSettings extends OutboxAggregate {

  static final String ID = "business-hours";

  @Id private String id = ID;
  private String timeZone;
  private Map<DayOfWeek, List<Period>> week;
  private Holidays holidays;
  private Acknowledgement acknowledgement;
  private Instant updatedAt;
  private String updatedBy;

  BusinessHoursSettings() {}

  BusinessHoursSettings(
      String timeZone,
      Map<DayOfWeek, List<Period>> week,
      Holidays holidays,
      Acknowledgement acknowledgement) {
    this.timeZone = timeZone;
    this.week = everyDay(week);
    this.holidays = holidays;
    this.acknowledgement = acknowledgement;
  }

  /** Mon–Fri 10:00–18:00 in Tokyo, closed on public holidays. */
  static BusinessHoursSettings defaults() {
    var week = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
      week.put(day, weekday ? List.of(new Period("10:00", "18:00")) : List.of());
    }
    return new BusinessHoursSettings(
        "Asia/Tokyo", week, new Holidays(true, List.of()), Acknowledgement.defaults());
  }

  void change(
      String timeZone,
      Map<DayOfWeek, List<Period>> week,
      Holidays holidays,
      Acknowledgement acknowledgement,
      String actor,
      Instant at) {
    var changes = new ArrayList<FieldChange>();
    var newWeek = everyDay(week);
    changed(changes, "timeZone", this.timeZone, timeZone);
    for (DayOfWeek day : DayOfWeek.values()) {
      changed(changes, "week." + day, shown(this.week.get(day)), shown(newWeek.get(day)));
    }
    changed(
        changes,
        "holidays.japanesePublicHolidays",
        this.holidays.japanesePublicHolidays(),
        holidays.japanesePublicHolidays());
    changed(
        changes,
        "holidays.extra",
        this.holidays.extra().stream().map(LocalDate::toString).toList(),
        holidays.extra().stream().map(LocalDate::toString).toList());
    changedText(changes, "acknowledgement.ja", this.acknowledgement.ja(), acknowledgement.ja());
    changedText(changes, "acknowledgement.en", this.acknowledgement.en(), acknowledgement.en());
    this.timeZone = timeZone;
    this.week = newWeek;
    this.holidays = holidays;
    this.acknowledgement = acknowledgement;
    this.updatedBy = actor;
    this.updatedAt = at;
    if (!changes.isEmpty()) {
      registerEvent(new BusinessHoursChanged(id, List.copyOf(changes)));
    }
  }

  private static Map<DayOfWeek, List<Period>> everyDay(Map<DayOfWeek, List<Period>> week) {
    var copy = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      copy.put(day, List.copyOf(week.getOrDefault(day, List.of())));
    }
    return copy;
  }

  /** A day's periods as the audit log shows them: {@code ["10:00-18:00"]}. */
  private static List<String> shown(List<Period> periods) {
    return periods == null
        ? List.of()
        : periods.stream().map(p -> p.from() + "-" + p.to()).toList();
  }

  private static void changedText(
      List<FieldChange> changes, String field, Text before, Text after) {
    changed(changes, field + ".subject", before.subject(), after.subject());
    changed(changes, field + ".text", before.text(), after.text());
  }

  private static void changed(
      List<FieldChange> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }

  /**
   * Whether the shop is open at this instant: an opening period's start is inside, its end is not.
   */
  public boolean isOpenAt(Instant at) {
    ZonedDateTime local = at.atZone(ZoneId.of(timeZone));
    LocalDate date = local.toLocalDate();
    if (isClosedDay(date)) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    return week.getOrDefault(date.getDayOfWeek(), List.of()).stream()
        .anyMatch(period -> period.contains(time));
  }

  /** Whether the whole day is closed: a public holiday (when they count) or an extra day. */
  public boolean isClosedDay(LocalDate date) {
    if (holidays.extra().contains(date)) {
      return true;
    }
    return holidays.japanesePublicHolidays()
        && date.getYear() >= 2000
        && date.getYear() <= 2099
        && JapaneseHolidays.isHoliday(date);
  }

  public String id() {
    return id;
  }

  public String timeZone() {
    return timeZone;
  }

  public Map<DayOfWeek, List<Period>> week() {
    return week;
  }

  public Holidays holidays() {
    return holidays;
  }

  public Acknowledgement acknowledgement() {
    return acknowledgement;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  /**
   * An opening period of a day, {@code "HH:mm"} local time; {@code to} may be {@code "24:00"}.
   *
   * @param from when it opens (inside)
   * @param to when it closes (outside)
   */
  public record Period(String from, String to) {

    static final String END_OF_DAY = "24:00";

    boolean contains(LocalTime time) {
      return !time.isBefore(LocalTime.parse(from))
          && (END_OF_DAY.equals(to) || time.isBefore(LocalTime.parse(to)));
    }
  }

  /**
   * The closed days besides the weekly ones.
   *
   * @param japanesePublicHolidays whether the shop is closed on Japanese public holidays
   * @param extra further closed days, e.g. the year-end days
   */
  public record Holidays(boolean japanesePublicHolidays, List<LocalDate> extra) {
    public Holidays {
      extra = extra == null ? List.of() : List.copyOf(extra);
    }
  }

  /**
   * The out-of-hours acknowledgement per language; {@code {{subject}}} (the inquiry's subject) and
   * {@code {{name}}} (the customer's name) are filled in. The notification-service's {@code
   * inquiry-acknowledgement} template wraps the text with the greeting and the signature.
   */
  public record Acknowledgement(Text ja, Text en) {

    static Acknowledgement defaults() {
      return new Acknowledgement(
          new Text(
              "【受付完了】{{subject}}",
              """
              お問い合わせいただきありがとうございます。
              ただいま営業時間外のため、次の営業日に担当者よりご返信いたします。
              今しばらくお待ちください。\
              """),
          new Text(
              "We received your inquiry: {{subject}}",
              """
              Thank you for contacting us.
              We are closed at the moment and will answer on our next business day.\
              """));
    }

    /** The text in this language, Japanese for any other. */
    Text in(String language) {
      return "en".equals(language) ? en : ja;
    }
  }

  /** A mail's subject and text. */
  public record Text(String subject, String text) {}
}
