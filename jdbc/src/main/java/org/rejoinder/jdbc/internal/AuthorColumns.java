package org.rejoinder.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.SiteUser;

/** An {@link Author} as the author columns that posts and comments share. */
final class AuthorColumns {
  /** The columns, in binding order. */
  static final String NAMES =
      "author_kind, author_ref, author_provider, author_provider_name, author_name, author_email,"
          + " author_url";
  /** How many columns {@link #NAMES} lists. */
  static final int COUNT = Sql.count(NAMES);

  private AuthorColumns() {}

  /** Binds the columns from {@code index} on. */
  static void bind(PreparedStatement statement, int index, Author author) throws SQLException {
    String kind;
    @Nullable String ref = null;
    @Nullable IdentityProvider provider = null;
    if (author instanceof Guest) {
      kind = "GUEST";
    } else if (author instanceof SiteUser user) {
      kind = "USER";
      ref = user.userId();
    } else {
      ExternalIdentity identity = (ExternalIdentity) author;
      kind = "EXTERNAL";
      ref = identity.subject();
      provider = identity.provider();
    }
    statement.setString(index, kind);
    statement.setString(index + 1, ref);
    statement.setString(index + 2, provider == null ? null : provider.id());
    statement.setString(index + 3, provider == null ? null : provider.displayName());
    statement.setString(index + 4, author.displayName());
    statement.setString(index + 5, author.email());
    statement.setString(index + 6, author.website());
  }

  /** Reads the author of the current row. */
  static Author read(ResultSet row) throws SQLException {
    String kind = row.getString("author_kind");
    String name = row.getString("author_name");
    String email = row.getString("author_email");
    String url = row.getString("author_url");
    switch (kind) {
      case "GUEST":
        return new Guest(name, email, url);
      case "USER":
        return SiteUser.of(row.getString("author_ref"), name).withEmail(email).withWebsite(url);
      case "EXTERNAL":
        IdentityProvider provider =
            new IdentityProvider(row.getString("author_provider"), row.getString("author_provider_name"));
        return ExternalIdentity.of(provider, row.getString("author_ref"), name)
            .withProfileUrl(url)
            .withEmail(email);
      default:
        throw new SQLException("Unknown author kind " + kind);
    }
  }
}
