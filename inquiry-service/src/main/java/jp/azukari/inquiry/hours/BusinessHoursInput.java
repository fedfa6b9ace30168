package jp.azukari.inquiry.hours;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Acknowledgement;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Holidays;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Period;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Text;
import jp.azukari.platform.web.InvalidRequestException;

/**
 * What an admin sends to replace the business hours. The shape checks are bean validation; what
 * needs several fields at once (a period that ends before it starts) is checked by {@link
 * #validated()}.
 */
record BusinessHoursInput(
    @NotBlank String timeZone,
    @NotNull Map<DayOfWeek, @NotNull List<@Valid @NotNull PeriodInput>> week,
    @NotNull @Valid HolidaysInput holidays,
    @NotNull @Valid AcknowledgementInput acknowledgement) {

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");
  private static final Pattern ONE_LINE = Pattern.compile("[^\\r\\n\\p{Cntrl}]*");

  record PeriodInput(@NotBlank String from, @NotBlank String to) {}

  record HolidaysInput(boolean japanesePublicHolidays, @Size(max = 366) List<LocalDate> extra) {}

  record AcknowledgementInput(@NotNull @Valid TextInput ja, @NotNull @Valid TextInput en) {}

  record TextInput(
      @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String text) {}

  /** The settings this input describes, or 400 with what is wrong. */
  Checked validated() {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      throw new InvalidRequestException("The time zone " + timeZone + " is unknown.");
    }
    var periods = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
    week.forEach(
        (day, list) -> {
          for (PeriodInput period : list) {
            checkPeriod(day, period);
          }
          periods.put(day, list.stream().map(p -> new Period(p.from(), p.to())).toList());
        });
    for (var text : List.of(acknowledgement.ja(), acknowledgement.en())) {
      if (!ONE_LINE.matcher(text.subject()).matches()) {
        throw new InvalidRequestException("An acknowledgement subject must be a single line.");
      }
    }
    return new Checked(
        zone.getId(),
        periods,
        new Holidays(
            holidays.japanesePublicHolidays(),
            holidays.extra() == null
                ? List.of()
                : holidays.extra().stream().distinct().sorted().toList()),
        new Acknowledgement(
            new Text(acknowledgement.ja().subject().strip(), acknowledgement.ja().text()),
            new Text(acknowledgement.en().subject().strip(), acknowledgement.en().text())));
  }

  private static void checkPeriod(DayOfWeek day, PeriodInput period) {
    if (!TIME.matcher(period.from()).matches()
        || "24:00".equals(period.from())
        || !TIME.matcher(period.to()).matches()) {
      throw new InvalidRequestException(
          "Opening periods are times like 10:00 to 18:00 (24:00 for midnight), not "
              + period.from()
              + " to "
              + period.to()
              + " on "
              + day
              + ".");
    }
    try {
      if (!"24:00".equals(period.to())
          && !LocalTime.parse(period.from()).isBefore(LocalTime.parse(period.to()))) {
        throw new InvalidRequestException(
            "An opening period must end after it starts (" + day + ").");
      }
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("Opening periods are times like 10:00.");
    }
  }

  /** Checked settings. */
  record Checked(
      String timeZone,
      Map<DayOfWeek, List<Period>> week,
      Holidays holidays,
      Acknowledgement acknowledgement) {}
}
