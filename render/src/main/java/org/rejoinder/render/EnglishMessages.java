package org.rejoinder.render;

/** The default messages: {@link Messages}' own, English. */
final class EnglishMessages implements Messages {
  /** The single instance. */
  static final Messages INSTANCE = new EnglishMessages();

  private EnglishMessages() {}

  @Override
  public String toString() {
    return "Messages.english()";
  }
}
