package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.store.CommentQuery;

/**
 * Imports run twice into a PostgreSQL store whose comment tables are partitioned by post: the
 * second run finds every comment the first stored, whatever partition its post is in, and adds
 * nothing. Runs where {@code REJOINDER_TEST_POSTGRES_URL} names a server, in a schema of its own.
 */
class PartitionedPostgresImportTest {
  private static final String URL_VARIABLE = "REJOINDER_TEST_POSTGRES_URL";

  static {
    // The tests run inside the org.rejoinder.interop module, which needs no JDBC of its own.
    PartitionedPostgresImportTest.class.getModule()
        .addReads(ModuleLayer.boot().findModule("java.sql").orElseThrow());
  }

  private DataSource dataSource;
  private String schema;
  private JdbcCommentStore store;

  @BeforeEach
  void createSchema() throws Exception {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(url != null && !url.isBlank(), "PostgreSQL tests skipped: set " + URL_VARIABLE);
    schema = "rejoinder_interop_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    dataSource = connectingTo(url, "public");
    execute("CREATE SCHEMA " + schema);
    dataSource = connectingTo(url, schema);
    store = JdbcCommentStore.builder(dataSource).partitionByPost(8).build();
    store.migrate();
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void aWxrFileImportedTwice_addsNothingTheSecondTime() throws Exception {
    Path file = Fixtures.shared("wxr/wordpress-importer__theme-unit-test-data.xml");
    WxrImporter importer = WxrImporter.builder(store).build();
    ImportReport first = importer.importFile(file);

    ImportReport again = importer.importFile(file);

    assertThat(first.commentsImported()).isEqualTo(33);
    assertThat(again.commentsImported()).isZero();
    assertThat(again.commentsPresent()).isEqualTo(33);
    assertThat(again.postsImported()).isZero();
    assertThat(store.count(CommentQuery.all())).isEqualTo(33);
    assertThat(partitionsHoldingComments()).isGreaterThan(1);
  }

  @Test
  void aDisqusExportImportedTwice_addsNothingTheSecondTime() throws Exception {
    Path file = Fixtures.shared("disqus/isso__disqus.xml");
    DisqusImporter importer = DisqusImporter.builder(store).build();
    ImportReport first = importer.importFile(file);

    ImportReport again = importer.importFile(file);

    assertThat(first.commentsImported()).isEqualTo(5);
    assertThat(again.commentsImported()).isZero();
    assertThat(again.commentsPresent()).isEqualTo(5);
    assertThat(store.count(CommentQuery.all())).isEqualTo(5);
    assertThat(store.commentsOf(List.copyOf(store.posts(null, 10)).get(0).id())).isNotEmpty();
  }

  /** A data source of new connections to {@code url} whose current schema is {@code schema}. */
  private static DataSource connectingTo(String url, String schema) {
    Properties properties = new Properties();
    properties.setProperty("currentSchema", schema);
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
            return new Driver().connect(url, properties);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private int partitionsHoldingComments() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT COUNT(DISTINCT tableoid) FROM rejoinder_comment")) {
      row.next();
      return row.getInt(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
