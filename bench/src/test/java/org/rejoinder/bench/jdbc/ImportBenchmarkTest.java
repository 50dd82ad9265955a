package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rejoinder.store.CommentQuery;

/** Both ways of importing store every comment, each into a database of its own. */
class ImportBenchmarkTest {
  @Test
  void bothImports_storeEveryComment_intoAFreshDatabase() throws Exception {
    ImportBenchmark benchmark = new ImportBenchmark();
    benchmark.backend = Backend.H2_MEMORY;
    benchmark.generate();

    benchmark.freshDatabase();
    benchmark.insertAll();
    assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(ImportBenchmark.COMMENTS);
    benchmark.dropDatabase();

    benchmark.freshDatabase();
    assertThat(benchmark.store.count(CommentQuery.all())).isZero();
    benchmark.baselineOneByOne();
    assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(ImportBenchmark.COMMENTS);
    benchmark.dropDatabase();
  }

  @Test
  void aFreshFileDatabase_isDeletedWhenClosed() throws Exception {
    BenchDatabase database = BenchDatabase.fresh(Backend.H2_FILE);
    database.store().migrate();
    Path folder;
    try (var c = database.dataSource().getConnection();
        var row = c.createStatement().executeQuery("SELECT DATABASE_PATH()")) {
      row.next();
      folder = Path.of(row.getString(1)).getParent();
    }
    assertThat(folder).isDirectory();

    database.close();

    assertThat(Files.exists(folder)).isFalse();
  }
}
