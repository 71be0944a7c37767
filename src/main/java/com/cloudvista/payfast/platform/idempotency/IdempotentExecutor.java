package com.cloudvista.payfast.platform.idempotency;

import com.cloudvista.payfast.platform.context.AppLog;
import com.cloudvista.payfast.platform.db.PersistenceFailures;
import com.cloudvista.payfast.platform.db.TransactionRunner;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a money-moving request at most once per (caller, method + path, Idempotency-Key).
 *
 * <ol>
 *   <li>The key is checked (400 {@code idempotency_key_required}); body validation already ran, so
 *       a 400 stores nothing.
 *   <li>One JTA transaction claims the key (its first statement), runs the effect and stores the
 *       response (its last statement): all three commit together or not at all. A deadlock or
 *       serialization failure re-runs the whole transaction (at most 3 times).
 *   <li>If the key is taken: same body and completed → the stored response byte-for-byte with
 *       {@code Idempotent-Replayed: true}; different body → 422 {@code idempotency_key_reused};
 *       still in flight → 409 {@code idempotency_in_progress}.
 *   <li>Business outcomes that are not successes — 404, 409 {@code conflict}, 422 — are stored too
 *       (Stripe: once execution began, the result is the result); a retry gets the same refusal.
 *       Anything else (400, 5xx, a lost database) stores nothing, so a retry runs afresh.
 * </ol>
 */
@ApplicationScoped
public class IdempotentExecutor {

  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Logger LOG = AppLog.logger(IdempotentExecutor.class);
  private static final Set<Integer> STORED_REFUSALS = Set.of(404, 409, 422);
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
  private static final int MAX_ATTEMPTS = 3;

  @Inject IdempotencyStore store;
  @Inject TransactionRunner transactions;

  @Inject
  @ConfigProperty(name = "payfast.idempotency.retention")
  Duration retention;

  /**
   * @param caller the caller identity that scopes keys
   * @param method HTTP method
   * @param path the request path (with path parameters), part of the scope
   * @param key the Idempotency-Key header as received
   * @param request the validated request record (its canonical JSON is hashed)
   * @param successStatus e.g. 201
   * @param effect the use case; runs inside the transaction and returns the response record
   */
  public Response execute(
      String caller,
      String method,
      String path,
      String key,
      Object request,
      int successStatus,
      Supplier<?> effect) {
    IdempotencyKeys.require(key);
    IdempotencyStore.Scope scope = new IdempotencyStore.Scope(caller, method + " " + path, key);
    String hash = hash(request);
    Optional<String> body = Optional.empty();
    for (int attempt = 1; ; attempt++) {
      try {
        body =
            transactions.inNewTransaction(
                () -> {
                  if (!store.claim(scope, hash, retention)) {
                    return Optional.<String>empty();
                  }
                  String json = JSON.toJson(effect.get());
                  store.complete(scope, successStatus, json);
                  return Optional.of(json);
                });
        break;
      } catch (ProblemException refusal) {
        return refused(scope, hash, path, refusal);
      } catch (RuntimeException failure) {
        ProblemException refusal = unwrapProblem(failure);
        if (refusal != null) {
          return refused(scope, hash, path, refusal);
        }
        String state = PersistenceFailures.sqlState(failure);
        if ((PersistenceFailures.DEADLOCK_DETECTED.equals(state)
                || PersistenceFailures.SERIALIZATION_FAILURE.equals(state))
            && attempt < MAX_ATTEMPTS) {
          LOG.log(Level.INFO, "Retrying after {0} (attempt {1})", new Object[] {state, attempt});
          continue;
        }
        throw failure;
      }
    }
    return body.isPresent() ? stored(successStatus, body.get()).build() : existing(scope, hash);
  }

  /** The key is taken: replay what is stored, or refuse. Nothing committed yet means in flight. */
  private Response existing(IdempotencyStore.Scope scope, String hash) {
    IdempotencyStore.Record record = store.find(scope).orElseThrow(IdempotentExecutor::inProgress);
    if (!record.requestHash().equals(hash)) {
      throw new ProblemException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was already used with a different request body.");
    }
    if (!record.completed()) {
      throw inProgress(); // a claim of the earlier design (own transaction), until it is purged
    }
    return stored(record.status(), record.body()).header(REPLAYED_HEADER, "true").build();
  }

  private static ProblemException inProgress() {
    return new ProblemException(
        ErrorCode.IDEMPOTENCY_IN_PROGRESS,
        "A request with this Idempotency-Key is still being processed; retry later.");
  }

  /** The effect refused and rolled back; 404/409/422 are stored as the key's result. */
  private Response refused(
      IdempotencyStore.Scope scope, String hash, String path, ProblemException refusal) {
    if (!STORED_REFUSALS.contains(refusal.code().status())) {
      throw refusal;
    }
    Problem problem = ProblemResponses.problem(refusal.code(), refusal.getMessage(), path);
    if (!refusal.fieldErrors().isEmpty()) {
      problem = problem.withErrors(refusal.fieldErrors());
    }
    String body = ProblemResponses.toJson(problem);
    boolean storedHere;
    try {
      storedHere = store.storeRefusal(scope, hash, problem.status(), body, retention);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not store a refusal; a retry runs the request again", e);
      throw refusal;
    }
    // Not stored: a duplicate took the key between the rollback and now; its result is the result.
    return storedHere ? stored(problem.status(), body).build() : existing(scope, hash);
  }

  private static ProblemException unwrapProblem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static Response.ResponseBuilder stored(int status, String body) {
    String type =
        status < 300 ? "application/json;charset=UTF-8" : Problem.MEDIA_TYPE + ";charset=UTF-8";
    return Response.status(status).type(type).entity(body.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of the request's canonical JSON (JSON-B, properties in lexicographic order). */
  static String hash(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (request == null ? "" : JSON.toJson(request)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
