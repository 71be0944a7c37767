package com.cloudvista.payfast.auth.infrastructure.local;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK with a 16-byte per-user salt. The default work factor is OWASP's
 * current figure for SHA-256 (600 000 iterations); configuration may lower it to no less than 210
 * 000. Stored as {@code pbkdf2-sha256$iterations$salt$hash}, so the work factor can rise later
 * while old hashes still verify.
 */
public final class Pbkdf2PasswordHasher {

  public static final int DEFAULT_ITERATIONS = 600_000;
  static final int MIN_ITERATIONS = 210_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public Pbkdf2PasswordHasher(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations");
    }
    this.iterations = iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  public boolean verify(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Spends the same time as a verification, so unknown usernames cannot be told apart by timing.
   */
  public void burn(String password) {
    derive(password, new byte[16], iterations);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable", e);
    } finally {
      spec.clearPassword();
    }
  }
}
