package org.rejoinder.render.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** English dates, "April 2, 2024", for the default messages. Not part of the API. */
public final class EnglishDates {
  /** Dates as "April 2, 2024", whatever the default locale. */
  public static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private EnglishDates() {}

  /** Returns the date as {@link #FORMATTER} writes it, without a formatter for four-digit years. */
  public static String format(ZonedDateTime time) {
    int year = time.getYear();
    if (year < 1000 || year > 9999) {
      return FORMATTER.format(time);
    }
    return MONTHS[time.getMonthValue() - 1] + " " + time.getDayOfMonth() + ", " + year;
  }
}
