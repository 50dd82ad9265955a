/**
 * The JDBC store: {@link org.rejoinder.jdbc.JdbcCommentStore}, built with {@link
 * org.rejoinder.jdbc.JdbcCommentStore#builder(javax.sql.DataSource)}, for the databases named by
 * {@link org.rejoinder.jdbc.JdbcDialect}.
 */
@NullMarked
package org.rejoinder.jdbc;

import org.jspecify.annotations.NullMarked;
