package org.rejoinder.render.internal;

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

  private EnglishMessages() {}
}
