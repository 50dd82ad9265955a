package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns when the store is used on an H2 file database: such a database does not keep every
 * write that returned when its process is killed while several connections write, whatever
 * {@code WRITE_DELAY} says, and can keep a transaction in part.
 */
public final class H2Files {
  private static final Logger LOG = LoggerFactory.getLogger(H2Files.class);

  private H2Files() {}

  /**
   * Logs a warning if {@code connection} is to an H2 database kept in a file.
   *
   * @return nothing
   */
  public static Void warnIfFile(Connection connection) throws SQLException {
    String url = connection.getMetaData().getURL();
    if (url != null && !url.startsWith("jdbc:h2:mem:")) {
      LOG.warn("Comments are kept in an H2 file database ({}), which can lose comments whose"
          + " writes had returned, and keep others in part, when the application is killed while"
          + " several connections write. Use SQLite (WAL, synchronous=FULL) or PostgreSQL for"
          + " comments you want to keep.", url);
    }
    return null;
  }
}
