/** The JDBC store's SQL, row mapping, transactions and migrations. Not part of the API. */
@NullMarked
package org.rejoinder.jdbc.internal;

import org.jspecify.annotations.NullMarked;
