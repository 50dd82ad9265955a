package org.rejoinder.render.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rejoinder.render.Messages;

/** The default messages: {@link Messages}' own. Not part of the API. */
public final class EnglishMessages implements Messages {
  /** The single instance. */
  public static final Messages INSTANCE = new EnglishMessages();
  /** Dates as "April 2, 2024", whatever the default locale. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private EnglishMessages() {}

  /** Returns the date as {@link #DATE} writes it, without a formatter for four-digit years. */
  public static String date(ZonedDateTime time) {
    int year = time.getYear();
    if (year < 1000 || year > 9999) {
      return DATE.format(time);
    }
    return MONTHS[time.getMonthValue() - 1] + " " + time.getDayOfMonth() + ", " + year;
  }
}
