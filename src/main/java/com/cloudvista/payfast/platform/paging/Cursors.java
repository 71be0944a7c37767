package com.cloudvista.payfast.platform.paging;

import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyset cursors: the position (created_at, id) of the last row of a page, bound to the listing it
 * came from and signed with HMAC-SHA256 ({@code payfast.paging.cursor-secret}, the same on every
 * instance). A client can only hand back cursors the service issued; anything else is a 400.
 */
@ApplicationScoped
public class Cursors {

  /** A page position: rows strictly after it (in newest-first order) come next. */
  public record Position(Instant createdAt, String id) {}

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  @Inject
  @ConfigProperty(name = "payfast.paging.cursor-secret")
  String secret;

  public Cursors() {}

  /** For unit tests. */
  public Cursors(String secret) {
    this.secret = secret;
  }

  /**
   * {@code listing} names what is paged, e.g. {@code statement:<walletId>}, so cursors do not cross
   * listings.
   */
  public String encode(String listing, Position position) {
    long micros =
        Math.addExact(
            Math.multiplyExact(position.createdAt().getEpochSecond(), 1_000_000L),
            position.createdAt().getNano() / 1000L);
    String payload = micros + "|" + position.id();
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + ENCODER.encodeToString(sign(listing, payload));
  }

  public Position decode(String listing, String cursor) {
    try {
      int dot = cursor.indexOf('.');
      String payload = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODER.decode(cursor.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, sign(listing, payload))) {
        throw invalid();
      }
      int bar = payload.indexOf('|');
      long micros = Long.parseLong(payload.substring(0, bar));
      Instant createdAt =
          Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
      return new Position(createdAt, payload.substring(bar + 1));
    } catch (RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw invalid();
    }
  }

  /**
   * The page of {@code rows} (fetched with {@code limit + 1} to see whether more follow), with the
   * cursor of its last row when there is a next page.
   */
  public <T> Page<T> page(List<T> rows, int limit, String listing, Function<T, Position> position) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), null);
    }
    List<T> data = List.copyOf(rows.subList(0, limit));
    return new Page<>(data, encode(listing, position.apply(data.get(limit - 1))));
  }

  private static ProblemException invalid() {
    return ProblemException.invalid("cursor", "is not a cursor this listing issued");
  }

  private byte[] sign(String listing, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] full = mac.doFinal((listing + "\n" + payload).getBytes(StandardCharsets.UTF_8));
      byte[] truncated = new byte[16];
      System.arraycopy(full, 0, truncated, 0, truncated.length);
      return truncated;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
