package com.cloudvista.payfast.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.platform.db.PersistenceFailures.Kind;
import com.cloudvista.payfast.platform.problem.DatabaseFailures;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class PersistenceFailuresTest {

  /**
   * How JPA delivers a driver failure: PersistenceException around the provider's around the
   * driver's.
   */
  private static PersistenceException viaJpa(SQLException driver) {
    return new PersistenceException(
        "Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", driver));
  }

  @Test
  void uniqueViolationIsAConflict() {
    PSQLException duplicate =
        new PSQLException(
            "duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION);

    assertThat(PersistenceFailures.classify(duplicate)).isEqualTo(Kind.CONFLICT);
    assertThat(PersistenceFailures.classify(viaJpa(duplicate))).isEqualTo(Kind.CONFLICT);
    assertThat(PersistenceFailures.classify(new PersistenceException(duplicate)))
        .isEqualTo(Kind.CONFLICT);
    assertThat(PersistenceFailures.isUniqueViolation(viaJpa(duplicate))).isTrue();
  }

  @Test
  void otherIntegrityViolationsAreNotConflicts() {
    PSQLException check = new PSQLException("violates check constraint", PSQLState.CHECK_VIOLATION);
    PSQLException foreignKey =
        new PSQLException("violates foreign key constraint", PSQLState.FOREIGN_KEY_VIOLATION);

    assertThat(PersistenceFailures.classify(viaJpa(check))).isEqualTo(Kind.UNEXPECTED);
    assertThat(PersistenceFailures.classify(viaJpa(foreignKey))).isEqualTo(Kind.UNEXPECTED);
    assertThat(PersistenceFailures.isUniqueViolation(check)).isFalse();
  }

  @Test
  void deadlockAndSerializationFailureAreRetryable() {
    PSQLException deadlock = new PSQLException("deadlock detected", PSQLState.DEADLOCK_DETECTED);
    PSQLException serialization =
        new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE);

    assertThat(PersistenceFailures.classify(viaJpa(deadlock))).isEqualTo(Kind.RETRYABLE);
    assertThat(PersistenceFailures.classify(new PersistenceException(serialization)))
        .isEqualTo(Kind.RETRYABLE);
    assertThat(PersistenceFailures.isRetryable(serialization)).isTrue();
    assertThat(PersistenceFailures.classify(new OptimisticLockException("stale version")))
        .isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void connectionLossAndShutdownAreUnavailable() {
    assertThat(
            PersistenceFailures.classify(
                viaJpa(
                    new PSQLException(
                        "Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))))
        .isEqualTo(Kind.UNAVAILABLE);
    assertThat(
            PersistenceFailures.classify(
                viaJpa(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE))))
        .isEqualTo(Kind.UNAVAILABLE);
    for (String shutdown : new String[] {"57P01", "57P02", "57P03"}) {
      assertThat(
              PersistenceFailures.classify(
                  viaJpa(new SQLException("terminating connection", shutdown))))
          .as(shutdown)
          .isEqualTo(Kind.UNAVAILABLE);
    }
    // A cancelled query (57014) is in class 57 but not a lost connection.
    assertThat(PersistenceFailures.classify(new SQLException("canceling statement", "57014")))
        .isEqualTo(Kind.UNEXPECTED);
    // Liberty's pool reports some connection failures by type, without a SQLSTATE.
    assertThat(
            PersistenceFailures.classify(viaJpa(new SQLNonTransientConnectionException("closed"))))
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void theSqlStateOfABatchIsItsNextException() {
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
    batch.setNextException(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION));

    assertThat(PersistenceFailures.sqlState(viaJpa(batch))).isEqualTo("23505");
    assertThat(PersistenceFailures.classify(batch)).isEqualTo(Kind.CONFLICT);
  }

  @Test
  void entityExistsWithoutSqlStateIsAConflict() {
    assertThat(PersistenceFailures.classify(new EntityExistsException("already managed")))
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  void anythingElseIsUnexpected() {
    assertThat(PersistenceFailures.classify(new IllegalStateException("bug")))
        .isEqualTo(Kind.UNEXPECTED);
    assertThat(
            PersistenceFailures.classify(
                viaJpa(new PSQLException("syntax error", PSQLState.SYNTAX_ERROR))))
        .isEqualTo(Kind.UNEXPECTED);
    assertThat(PersistenceFailures.sqlState(new IllegalStateException("no SQL"))).isNull();
  }

  @Test
  void translateTurnsAConflictIntoA409AndLeavesTheRestForTheMappersAndRetries() {
    PersistenceException duplicate =
        viaJpa(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION));
    PersistenceException deadlock =
        viaJpa(new PSQLException("deadlock detected", PSQLState.DEADLOCK_DETECTED));

    RuntimeException conflict = DatabaseFailures.translate(duplicate, "The name is taken.");
    assertThat(conflict)
        .isInstanceOf(ProblemException.class)
        .hasMessage("The name is taken.")
        .hasCause(duplicate);
    assertThat(((ProblemException) conflict).code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(DatabaseFailures.translate(deadlock, "unused")).isSameAs(deadlock);
  }

  @Test
  void unavailableCoversConnectionLossRefusedLoginsShutdownAndThePoolGivingUp() {
    assertThat(
            PersistenceFailures.isUnavailable(
                viaJpa(new PSQLException("gone", PSQLState.CONNECTION_FAILURE))))
        .isTrue();
    assertThat(PersistenceFailures.isUnavailable(viaJpa(new SQLException("refused", "28P01"))))
        .isTrue();
    assertThat(PersistenceFailures.isUnavailable(viaJpa(new SQLException("shutdown", "57P04"))))
        .isTrue();
    assertThat(PersistenceFailures.isUnavailable(new ConnectionWaitTimeoutException())).isTrue();
    assertThat(DatabaseFailures.isUnavailable(viaJpa(new SQLNonTransientConnectionException())))
        .isTrue();
    assertThat(
            PersistenceFailures.isUnavailable(
                viaJpa(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))))
        .isFalse();
  }

  /** Named like Liberty's pool-exhausted exception, which is recognised by its name. */
  private static final class ConnectionWaitTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
