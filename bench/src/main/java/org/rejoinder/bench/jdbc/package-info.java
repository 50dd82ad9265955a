/**
 * The JDBC store measured: the write path into H2 and PostgreSQL beside the in-memory store, the
 * read of one page of threads from a small and a very large post, and bulk imports. PostgreSQL is
 * measured when {@value org.rejoinder.bench.jdbc.BenchDatabase#POSTGRES_URL_VARIABLE} names a
 * server.
 */
@NullMarked
package org.rejoinder.bench.jdbc;

import org.jspecify.annotations.NullMarked;
