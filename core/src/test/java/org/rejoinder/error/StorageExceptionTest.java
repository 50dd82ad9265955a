package org.rejoinder.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.StorageException.Outcome;

class StorageExceptionTest {
  @Test
  void aFailureWithoutAnOutcome_changedNothing_andNamesNoComment() {
    IOException cause = new IOException("disk");
    StorageException e = new StorageException("Could not read", cause);

    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    assertThat(e.commentId()).isEmpty();
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE);
  }

  @Test
  void aFailureAtTheCommitOfANewComment_isUnknown_andNamesTheCommentToLookUp() {
    StorageException e = new StorageException("Could not insert comment 42", null, Outcome.UNKNOWN, 42);

    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.commentId()).hasValue(42);
  }

  @Test
  void aCommentIdMustBePositive() {
    assertThatThrownBy(() -> new StorageException("x", null, Outcome.UNKNOWN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commentId must be positive but was 0");
    assertThatThrownBy(() -> new StorageException("x", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("outcome");
  }
}
